// What the domain keeps about chats. These are storage records, not API shapes: members refer
// to directory users by id, and the API view is rendered from them per request.
import type { components } from "../../../generated/schema.js";

export type ChatType = Extract<components["schemas"]["chatType"], "oneOnOne" | "group">;
export type MemberRole = components["schemas"]["conversationMemberRole"];

export interface MemberRecord {
  /** Opaque membership id, stable for a (chat, user) pair. */
  readonly id: string;
  readonly userId: string;
  readonly role: MemberRole;
  readonly visibleHistoryStartDateTime: string;
}

export interface ChatRecord {
  readonly id: string;
  readonly chatType: ChatType;
  readonly topic: string | null;
  readonly tenantId: string;
  readonly createdDateTime: string;
  readonly lastUpdatedDateTime: string;
  readonly members: readonly MemberRecord[];
}

/**
 * Chat storage. Every method is atomic: the domain relies on `insertIfAbsent` for one-on-one
 * deduplication under concurrent requests, so an implementation must never let two inserts
 * of the same id both succeed.
 */
export interface ChatStore {
  get(chatId: string): ChatRecord | undefined;
  /** Inserts the chat unless one with its id exists; returns the stored chat either way. */
  insertIfAbsent(chat: ChatRecord): { chat: ChatRecord; inserted: boolean };
  /** Adds a member (no-op if the user is already one) and stamps `lastUpdatedDateTime`. */
  addMember(chatId: string, member: MemberRecord, at: string): ChatRecord | undefined;
}
