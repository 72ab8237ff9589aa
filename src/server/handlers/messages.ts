/**
 * Handlers of a chat's messages.
 * Serves: sendChatMessage, listChatMessages (paged, newest first), getChatMessage.
 */
import type { components, Readable } from "../../../generated/schema.js";
import { listMessages, readMessage, sendMessage } from "../domain/messages.js";
import { pageSize } from "../http/paging.js";
import type { MessageRecord } from "../store/types.js";
import type { HandlerContext } from "./context.js";
import { chatSegment, presentMessage } from "./present.js";
import type { HandlerMap } from "./types.js";

type MessageEntity = Readable<components["schemas"]["messageEntityResponse"]>;
type MessageCollection = Readable<components["schemas"]["chatMessageCollectionResponse"]>;

const isMessageCursor = (value: unknown): value is string => typeof value === "string" && /^\d{1,20}$/.test(value);

export function messageHandlers({
  domain,
  skipTokens,
}: HandlerContext): Pick<HandlerMap, "sendChatMessage" | "listChatMessages" | "getChatMessage"> {
  const entity = (root: string, message: MessageRecord): MessageEntity => ({
    "@odata.context": `${root}/$metadata#${chatSegment(message.chatId)}/messages/$entity`,
    ...presentMessage(domain, message),
  });
  return {
    sendChatMessage: async ({ caller, params, body, links }) => {
      return { status: 201, body: entity(links.root, await sendMessage(domain, caller, params.chatId, body)) };
    },
    listChatMessages: async ({ caller, params, query, links, base }) => {
      const { chatId } = params;
      // Messages are never edited here, so both documented orders are newest-first by creation.
      const scope = JSON.stringify([base, "messages", chatId]);
      const before = query.$skiptoken === undefined ? undefined : skipTokens.decode(query.$skiptoken, scope, isMessageCursor);
      const page = await listMessages(domain, caller, chatId, { before, limit: pageSize(query) });
      const body: MessageCollection = {
        "@odata.context": `${links.root}/$metadata#${chatSegment(chatId)}/messages`,
        value: page.items.map((m) => presentMessage(domain, m)),
      };
      if (page.next) body["@odata.nextLink"] = links.nextLink(skipTokens.encode(scope, page.next));
      return { status: 200, body };
    },
    getChatMessage: async ({ caller, params, links }) => {
      return { status: 200, body: entity(links.root, await readMessage(domain, caller, params.chatId, params.messageId)) };
    },
  };
}
