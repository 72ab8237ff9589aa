// TEMPORARY (issue 16 in progress): operations of the contract whose handlers are being built on
// other branches answer 501 until their branch lands; each branch deletes its entries here.
import { HttpError } from "../http/graph-error.js";
import type { HandlerMap } from "./types.js";

const pending = (operationId: string) => () => Promise.reject(new HttpError(501, `${operationId} is not built yet.`));

export function pendingHandlers(): Pick<
  HandlerMap,
  | "listChatMessageHostedContents"
  | "getChatMessageHostedContent"
  | "getChatMessageHostedContentValue"
> {
  return {
    listChatMessageHostedContents: pending("listChatMessageHostedContents"),
    getChatMessageHostedContent: pending("getChatMessageHostedContent"),
    getChatMessageHostedContentValue: pending("getChatMessageHostedContentValue"),
  };
}
