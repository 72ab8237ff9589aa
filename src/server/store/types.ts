// What the domain keeps about chats, and the store interface every engine implements. These are
// storage records, not API shapes: members refer to directory users by id, and the API view is
// rendered from them per request.
import type { components } from "../../../generated/schema.js";

type Schemas = components["schemas"];
export type ChatType = Extract<Schemas["chatType"], "oneOnOne" | "group">;
export type MemberRole = Schemas["conversationMemberRole"];
export type MessageImportance = NonNullable<Schemas["chatMessage"]["importance"]>;
export type BodyContentType = NonNullable<Schemas["itemBody"]["contentType"]>;

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

/** A mention as the API shows it (the mentioned identity as the sender named it). */
export type MentionRecord = Schemas["chatMessageMention"];
/** A card or file reference as the API shows it. */
export type AttachmentRecord = Schemas["chatMessageAttachment"];
export type PolicyViolationRecord = Schemas["chatMessagePolicyViolation"];

/** An inline image of a message: its bytes (base64) and type, under the id the API names it by. */
export interface HostedContentRecord {
  readonly id: string;
  readonly contentType: string;
  readonly contentBytes: string;
}

/** One user's reaction of one type (the user's name comes from the directory when shown). */
export interface ReactionRecord {
  readonly reactionType: string;
  readonly displayName: string | null;
  readonly createdDateTime: string;
  readonly userId: string;
}

export interface MessageRecord {
  /** Digits, strictly increasing within a chat. */
  readonly id: string;
  readonly chatId: string;
  readonly createdDateTime: string;
  /** Any change (an edit, a reaction, a deletion); the default list order. */
  readonly lastModifiedDateTime: string;
  readonly lastEditedDateTime: string | null;
  /** Set while the message is soft-deleted; its body then shows empty. */
  readonly deletedDateTime: string | null;
  readonly fromUserId: string;
  readonly body: { readonly contentType: BodyContentType; readonly content: string };
  readonly subject: string | null;
  readonly importance: MessageImportance;
  readonly mentions: readonly MentionRecord[];
  readonly attachments: readonly AttachmentRecord[];
  readonly hostedContents: readonly HostedContentRecord[];
  readonly reactions: readonly ReactionRecord[];
  readonly policyViolation: PolicyViolationRecord | null;
}

/** A pinned message of a chat (chat-post-pinnedmessages.md): which one, when, and by whom. */
export interface PinRecord {
  readonly messageId: string;
  readonly pinnedDateTime: string;
  /** The member who pinned it; null when an application did. */
  readonly pinnedByUserId: string | null;
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
  /** In the order they were pinned, oldest first; absent: none. */
  readonly pinnedMessages?: readonly PinRecord[] | undefined;
}

/** The orders a user's chats can be listed in, newest first. */
export type ChatOrder = "lastUpdated" | "lastMessage";

/** Where a page of a user's chats ended: the last chat's sort key and id. */
export interface ChatCursor {
  readonly key: string;
  readonly id: string;
}

/**
 * A `$filter` over chats as data, so every engine can run it (a database as a WHERE clause): a
 * chat matches when every condition holds.
 */
export type ChatFilter = readonly ChatCondition[];

export type ChatCondition =
  /** A property equals a value (null: the property is null). */
  | { readonly kind: "equals"; readonly property: "topic" | "chatType" | "id"; readonly value: string | null }
  /** At least one member is one of these users (ids compared case-insensitively). */
  | { readonly kind: "hasMember"; readonly userIds: readonly string[] }
  /** One of these Teams apps is installed in the chat (none ever is: apps cannot be installed here). */
  | { readonly kind: "hasInstalledApp"; readonly appIds: readonly string[] };

export interface ChatPageQuery {
  readonly userId: string;
  readonly order: ChatOrder;
  readonly after?: ChatCursor | undefined;
  readonly limit: number;
  readonly filter?: ChatFilter | undefined;
}

/** The orders a chat's messages can be listed in, newest first (ties by id, newest first). */
export type MessageOrder = "lastModified" | "created";

/** Where a page of messages ended: the last message's sort key (a time) and id. */
export interface MessageCursor {
  readonly key: string;
  readonly id: string;
}

export interface MessagePageQuery {
  readonly chatId: string;
  readonly order: MessageOrder;
  /** Only messages after this one in the order (the previous page's last). */
  readonly after?: MessageCursor | undefined;
  /** Only messages created at or after this time (a member's visible history). */
  readonly since?: string | undefined;
  /** Only messages whose sort key (the ordered property) is strictly later than this time. */
  readonly newerThan?: string | undefined;
  /** Only messages whose sort key is strictly earlier than this time. */
  readonly olderThan?: string | undefined;
  readonly limit: number;
}

export interface Page<T, C> {
  readonly items: readonly T[];
  /** Set when more items follow. */
  readonly next?: C | undefined;
}

/** A page and how many items the query matches in all (`@odata.count`). */
export interface CountedPage<T, C> extends Page<T, C> {
  readonly count: number;
}

/** What a change writes, all or nothing, and what it answers. */
export interface ChatChange<R> {
  /** The chat as it is to be stored; absent: the chat stays as it was. */
  readonly chat?: ChatRecord | undefined;
  /** A message appended in the same write (its chat's `lastMessage` is the caller's to set). */
  readonly message?: MessageRecord | undefined;
  /**
   * A stored message of the chat replaced in the same write (an edit, a reaction, a deletion);
   * when it is the chat's last message, the chat's `lastMessage` reads as the replacement.
   */
  readonly updatedMessage?: MessageRecord | undefined;
  /** What `change` resolves to once the write is committed. */
  readonly result: R;
}

/** Reads inside a change see the state the change is applied to. */
export interface ChangeReader {
  getMessage(messageId: string): Promise<MessageRecord | undefined>;
}

/**
 * Chat storage. Reads return immutable snapshots. Every write is one atomic step:
 * `insertChatIfAbsent` (one-on-one deduplication under concurrent creates) and `change` (every
 * other write), which serialises writers per chat.
 */
export interface ChatStore {
  getChat(chatId: string): Promise<ChatRecord | undefined>;
  /** Inserts the chat unless one with its id exists; resolves to the stored chat either way. */
  insertChatIfAbsent(chat: ChatRecord): Promise<{ chat: ChatRecord; inserted: boolean }>;
  /**
   * Runs `fn` on the chat's current record (undefined: no such chat) under the chat's lock, then
   * commits what it returns — the new record and any appended message — atomically, and
   * resolves to its `result`. If `fn` throws (or rejects), nothing is written and `change`
   * rejects with that error. Indexes follow the new members and timestamps.
   */
  change<R>(chatId: string, fn: (chat: ChatRecord | undefined, read: ChangeReader) => ChatChange<R> | Promise<ChatChange<R>>): Promise<R>;
  /**
   * A page of the chats a user is a member of, newest first in the given order, and how many match
   * in all — without a filter in constant time (Graph's lists carry `@odata.count`).
   */
  listChatsForUser(query: ChatPageQuery): Promise<CountedPage<ChatRecord, ChatCursor>>;
  getMessage(chatId: string, messageId: string): Promise<MessageRecord | undefined>;
  /** A page of a chat's messages, newest first in the given order, and how many match in all. */
  listMessages(query: MessagePageQuery): Promise<CountedPage<MessageRecord, MessageCursor>>;
  /** Forgets every chat and message at once (the test harness's reset). */
  clear(): Promise<void>;
  /** Releases connections and timers; the store is not used afterwards. */
  close(): Promise<void>;
}

/** The sort key of a message in a list: ISO timestamps compare as strings. */
export function messageSortKey(message: MessageRecord, order: MessageOrder): string {
  return order === "lastModified" ? message.lastModifiedDateTime : message.createdDateTime;
}

/** The sort key of a chat in a user's list: ISO timestamps compare as strings. */
export function chatSortKey(chat: ChatRecord, order: ChatOrder): string {
  // Chats without messages sort last when ordered by their last message ("" < any timestamp).
  return order === "lastUpdated" ? chat.lastUpdatedDateTime : (chat.lastMessage?.createdDateTime ?? "");
}
