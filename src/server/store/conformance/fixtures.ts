// Records for the conformance cases: small, valid, and deterministic in time.
import type { ChatRecord, ChatStore, MemberRecord, MessageRecord } from "../types.js";

export const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

export const member = (userId: string): MemberRecord => ({
  id: `m-${userId}`,
  userId,
  role: "owner",
  visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
  isHidden: false,
  lastMessageReadDateTime: null,
});

export const chat = (id: string, updated: string, users: readonly string[]): ChatRecord => ({
  id,
  chatType: "group",
  topic: id,
  tenantId: "t",
  createdDateTime: updated,
  lastUpdatedDateTime: updated,
  members: users.map(member),
  lastMessage: null,
});

export const oneOnOne = (id: string, updated: string, users: readonly [string, string]): ChatRecord => ({
  ...chat(id, updated, users),
  chatType: "oneOnOne",
  topic: null,
});

export const message = (chatId: string, id: number, second: number, content = `m${id}`): MessageRecord => ({
  id: String(id),
  chatId,
  createdDateTime: at(second),
  lastModifiedDateTime: at(second),
  lastEditedDateTime: null,
  deletedDateTime: null,
  fromUserId: "u1",
  body: { contentType: "text", content },
  subject: null,
  importance: "normal",
  mentions: [],
  attachments: [],
  hostedContents: [],
  reactions: [],
  policyViolation: null,
});

/** The ids of a page, in order. */
export const ids = (page: { items: readonly { id: string }[] }) => page.items.map((c) => c.id);

/** A user's whole list, page by page. */
export async function allChatIds(
  store: ChatStore,
  userId: string,
  order: "lastUpdated" | "lastMessage" = "lastUpdated",
): Promise<string[]> {
  return ids(await store.listChatsForUser({ userId, order, limit: 1_000_000 }));
}

/** Appends a message the way a send does: the message and the chat's lastMessage in one change. */
export function send(store: ChatStore, chatId: string, content: string): Promise<MessageRecord> {
  return store.change(chatId, (current) => {
    if (!current) throw new Error(`no chat ${chatId}`);
    const previous = current.lastMessage ? Number(current.lastMessage.id) : 0;
    const sent = message(chatId, previous + 1, 0, content);
    const time = new Date(Date.parse(at(0)) + previous + 1).toISOString();
    const stamped = { ...sent, createdDateTime: time, lastModifiedDateTime: time };
    return { chat: { ...current, lastMessage: stamped, lastUpdatedDateTime: stamped.createdDateTime }, message: stamped, result: stamped };
  });
}
