/**
 * Handlers of a message's inline images (chatmessage-list-hostedcontents.md,
 * chatmessagehostedcontent-get.md): the list and the item show ids only, `contentBytes` and
 * `contentType` null as in Graph; the bytes come from `…/$value` with their own content type.
 * Serves: listChatMessageHostedContents, getChatMessageHostedContent,
 * getChatMessageHostedContentValue.
 */
import type { components, Readable } from "../../../generated/schema.js";
import { listHostedContents, readHostedContent, readHostedContentValue } from "../domain/hosted-contents.js";
import type { HostedContentRecord } from "../store/types.js";
import type { HandlerContext } from "./context.js";
import { chatSegment } from "./present.js";
import type { HandlerMap } from "./types.js";

type Schemas = components["schemas"];
type HostedContentBody = Readable<Schemas["chatMessageHostedContent"]>;
type HostedContentCollection = Readable<Schemas["chatMessageHostedContentCollectionResponse"]>;

/** `{root}/$metadata#chats('{chatId}')/messages('{messageId}')/hostedContents`, as Graph writes it. */
const contextOf = (root: string, chatId: string, messageId: string) =>
  `${root}/$metadata#${chatSegment(chatId)}/messages('${encodeURIComponent(messageId)}')/hostedContents`;

// Graph always answers both as null here ("contentBytes and contentType are always set to null").
const present = (image: HostedContentRecord): HostedContentBody => ({ id: image.id, contentBytes: null, contentType: null });

export function hostedContentHandlers({
  domain,
}: HandlerContext): Pick<HandlerMap, "listChatMessageHostedContents" | "getChatMessageHostedContent" | "getChatMessageHostedContentValue"> {
  return {
    listChatMessageHostedContents: async ({ caller, params, links }) => {
      const images = await listHostedContents(domain, caller, params.chatId, params.messageId);
      const body: HostedContentCollection = {
        "@odata.context": contextOf(links.root, params.chatId, params.messageId),
        "@odata.count": images.length,
        value: images.map(present),
      };
      return { status: 200, body };
    },
    getChatMessageHostedContent: async ({ caller, params, links }) => {
      const image = await readHostedContent(domain, caller, params);
      return {
        status: 200,
        body: { "@odata.context": `${contextOf(links.root, params.chatId, params.messageId)}/$entity`, ...present(image) },
      };
    },
    getChatMessageHostedContentValue: async ({ caller, params }) => {
      const { contentType, bytes } = await readHostedContentValue(domain, caller, params);
      return { status: 200, bytes, contentType };
    },
  };
}
