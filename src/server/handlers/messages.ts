/**
 * Handlers of a chat's messages.
 * Serves: sendChatMessage, listChatMessages (paged, newest first), getChatMessage.
 */
import type { components, Readable } from "../../../generated/schema.js";
import { listMessages, readMessage, sendMessage } from "../domain/messages.js";
import { pageSize } from "../http/paging.js";
import { compileMessageFilter, type MessageSortProperty } from "../odata/message-filter.js";
import type { MessageCursor, MessageOrder, MessageRecord } from "../store/types.js";
import type { HandlerContext } from "./context.js";
import { chatSegment } from "./present.js";
import { presentMessage } from "./present-message.js";
import type { HandlerMap } from "./types.js";

type MessageEntity = Readable<components["schemas"]["messageEntityResponse"]>;
type MessageCollection = Readable<components["schemas"]["chatMessageCollectionResponse"]>;

const ORDERS: Record<MessageSortProperty, MessageOrder> = { lastModifiedDateTime: "lastModified", createdDateTime: "created" };

const isMessageCursor = (value: unknown): value is MessageCursor => {
  const cursor = typeof value === "object" && value !== null ? (value as Partial<Record<keyof MessageCursor, unknown>>) : {};
  return typeof cursor.key === "string" && typeof cursor.id === "string" && /^\d{1,20}$/.test(cursor.id);
};

export function messageHandlers({
  domain,
  skipTokens,
}: HandlerContext): Pick<HandlerMap, "sendChatMessage" | "listChatMessages" | "getChatMessage"> {
  const entity = (root: string, message: MessageRecord): MessageEntity => ({
    "@odata.context": `${root}/$metadata#${chatSegment(message.chatId)}/messages/$entity`,
    ...presentMessage(domain, message, root),
  });
  return {
    sendChatMessage: async ({ caller, params, body, links }) => {
      return { status: 201, body: entity(links.root, await sendMessage(domain, caller, params.chatId, body)) };
    },
    listChatMessages: async ({ caller, params, query, links, base }) => {
      const { chatId } = params;
      // chat-list-messages.md: `$orderby` is `{property} desc`, lastModifiedDateTime by default.
      const orderedBy = query.$orderby?.split(" ")[0] as MessageSortProperty | undefined;
      const order = ORDERS[orderedBy ?? "lastModifiedDateTime"];
      const range = query.$filter === undefined ? {} : await compileMessageFilter(query.$filter, orderedBy);
      // A token continues the query it came from: same chat, order and range.
      const scope = JSON.stringify([base, "messages", chatId, order, range.newerThan ?? null, range.olderThan ?? null]);
      const after = query.$skiptoken === undefined ? undefined : skipTokens.decode(query.$skiptoken, scope, isMessageCursor);
      const page = await listMessages(domain, caller, chatId, { order, after, ...range, limit: pageSize(query) });
      const body: MessageCollection = {
        "@odata.context": `${links.root}/$metadata#${chatSegment(chatId)}/messages`,
        "@odata.count": page.count,
        value: page.items.map((m) => presentMessage(domain, m, links.root)),
      };
      if (page.next) body["@odata.nextLink"] = links.nextLink(skipTokens.encode(scope, page.next));
      return { status: 200, body };
    },
    getChatMessage: async ({ caller, params, links }) => {
      return { status: 200, body: entity(links.root, await readMessage(domain, caller, params.chatId, params.messageId)) };
    },
  };
}
