// What the domain keeps about chats. These are storage records, not API shapes: members refer
// to directory users by id, and the API view is rendered from them per request.
import type { components } from "../../../generated/schema.js";

export type ChatType = Extract<components["schemas"]["chatType"], "oneOnOne" | "group">;
export type MemberRole = components["schemas"]["conversationMemberRole"];
export type MessageImportance = NonNullable<components["schemas"]["chatMessage"]["importance"]>;
export type BodyContentType = NonNullable<components["schemas"]["itemBody"]["contentType"]>;

export interface MemberRecord {
  /** Opaque membership id, stable for a (chat, user) pair. */
  readonly id: string;
  readonly userId: string;
  readonly role: MemberRole;
  readonly visibleHistoryStartDateTime: string;
  /** This member's own view of the chat (hideForUser, markChatRead/UnreadForUser). */
  readonly isHidden: boolean;
  readonly lastMessageReadDateTime: string | null;
}

export interface MessageRecord {
  /** Digits, strictly increasing within a chat. */
  readonly id: string;
  readonly chatId: string;
  readonly createdDateTime: string;
  readonly fromUserId: string;
  readonly body: { readonly contentType: BodyContentType; readonly content: string };
  readonly subject: string | null;
  readonly importance: MessageImportance;
}

export interface ChatRecord {
  readonly id: string;
  readonly chatType: ChatType;
  readonly topic: string | null;
  readonly tenantId: string;
  readonly createdDateTime: string;
  readonly lastUpdatedDateTime: string;
  readonly members: readonly MemberRecord[];
  readonly lastMessage: MessageRecord | null;
}

/** The orders a user's chats can be listed in, newest first. */
export type ChatOrder = "lastUpdated" | "lastMessage";

/** Where a page of a user's chats ended: the last chat's sort key and id. */
export interface ChatCursor {
  readonly key: string;
  readonly id: string;
}

export interface ChatPageQuery {
  readonly userId: string;
  readonly order: ChatOrder;
  readonly after?: ChatCursor | undefined;
  readonly limit: number;
  readonly where?: ((chat: ChatRecord) => boolean) | undefined;
}

export interface MessagePageQuery {
  readonly chatId: string;
  /** Only messages older than this message id (the previous page's last). */
  readonly before?: string | undefined;
  /** Only messages created at or after this time (a member's visible history). */
  readonly since?: string | undefined;
  readonly limit: number;
}

export interface Page<T, C> {
  readonly items: readonly T[];
  /** Set when more items follow. */
  readonly next?: C | undefined;
}

/**
 * Chat storage. Every method is atomic: the domain relies on `insertIfAbsent` for one-on-one
 * deduplication under concurrent requests and on `update` for read-modify-write changes, so an
 * implementation must never let two writers interleave inside either.
 */
export interface ChatStore {
  get(chatId: string): ChatRecord | undefined;
  /** Inserts the chat unless one with its id exists; returns the stored chat either way. */
  insertIfAbsent(chat: ChatRecord): { chat: ChatRecord; inserted: boolean };
  /**
   * Replaces the chat with `change(current)`; `undefined` when there is no such chat. `change`
   * may throw to abort without writing. Indexes follow the new members and timestamps.
   */
  update(chatId: string, change: (chat: ChatRecord) => ChatRecord): ChatRecord | undefined;
  /** A page of the chats a user is a member of, newest first in the given order. */
  listForUser(query: ChatPageQuery): Page<ChatRecord, ChatCursor>;
  appendMessage(message: MessageRecord): void;
  getMessage(chatId: string, messageId: string): MessageRecord | undefined;
  /** A page of a chat's messages, newest first; `next` is the id to pass as `before`. */
  listMessages(query: MessagePageQuery): Page<MessageRecord, string>;
  /** Forgets every chat and message (the test harness's reset). */
  clear(): void;
}

/** The sort key of a chat in a user's list: ISO timestamps compare as strings. */
export function chatSortKey(chat: ChatRecord, order: ChatOrder): string {
  // Chats without messages sort last when ordered by their last message ("" < any timestamp).
  return order === "lastUpdated" ? chat.lastUpdatedDateTime : (chat.lastMessage?.createdDateTime ?? "");
}
