// Type tests for the server's handler map, checked by `tsc --noEmit`: handlers are typed from the
// generated operations, so each line under `@ts-expect-error` must not compile.
import type { Handler, HandlerMap, Reply } from "../../src/server/handlers/types.js";

// A handler answering a status its operation does not document.
// @ts-expect-error
export const wrongStatus: Handler<"getChat"> = () => Promise.resolve({ status: 204 });

// A handler answering a body of another shape.
// @ts-expect-error
export const wrongBody: Handler<"getChatMember"> = () => Promise.resolve({ status: 200, body: { id: 1 } });

// A body-less 204 with a body.
// @ts-expect-error
export const bodyOn204: Handler<"removeChatMember"> = () => Promise.resolve({ status: 204, body: {} });

export const readsTypedInput: Handler<"updateChat"> = ({ params, body }) => {
  const chatId: string = params.chatId;
  const topic: string | null | undefined = body.topic;
  // A path parameter the operation does not have.
  // @ts-expect-error
  void params.messageId;
  // A body property the operation does not take.
  // @ts-expect-error
  void body.chatType;
  void [chatId, topic];
  return Promise.reject(new Error("never called"));
};

// The map must name every canonical operation: one missing is an error.
// @ts-expect-error
export const incomplete: HandlerMap = { getChat: () => Promise.reject(new Error("never called")) };

// A misspelt operationId is not a key of the map.
// @ts-expect-error
export type Misspelt = HandlerMap["getChats"];

const png = Buffer.from("png");

// Raw bytes answer an operation whose documented content is not JSON, within its media range.
export const imageBytes: Reply<"getChatMessageHostedContentValue"> = { status: 200, bytes: png, contentType: "image/png" };

// A content type outside the documented range (`image/*`).
// @ts-expect-error
export const textBytes: Reply<"getChatMessageHostedContentValue"> = { status: 200, bytes: png, contentType: "text/plain" };

// A JSON body where the contract documents bytes.
// @ts-expect-error
export const jsonForBytes: Reply<"getChatMessageHostedContentValue"> = { status: 200, body: { id: "x" } };

// Bytes where the contract documents JSON.
// @ts-expect-error
export const bytesForJson: Reply<"getChatMessageHostedContent"> = { status: 200, bytes: png, contentType: "image/png" };

// Bytes on a body-less 204.
// @ts-expect-error
export const bytesOn204: Reply<"removeChatMember"> = { status: 204, bytes: png };
