// Rows of the chat tables ↔ the store's records. One SELECT shape reads whole chats (the chat, its
// members in join order, its last message), so every read of a chat is one round trip.
import type {
  BodyContentType,
  ChatRecord,
  ChatType,
  MemberRecord,
  MemberRole,
  MessageImportance,
  MessageRecord,
  PinRecord,
} from "../types.js";

/** The message table's columns, in the order `messageValues` gives their values. */
const MESSAGE_FIELDS = [
  "chat_id",
  "id",
  "created_date_time",
  "last_modified_date_time",
  "last_edited_date_time",
  "deleted_date_time",
  "from_user_id",
  "content_type",
  "content",
  "subject",
  "importance",
  "mentions",
  "attachments",
  "hosted_contents",
  "reactions",
  "policy_violation",
] as const;

export const MESSAGE_COLUMNS = MESSAGE_FIELDS.join(", ");
export const MESSAGE_PLACEHOLDERS = MESSAGE_FIELDS.map((_, i) => `$${i + 1}`).join(", ");

/** A message row as JSON (ids as text: an 18-digit bigint does not fit a JSON number). */
const messageJson = (alias: string) =>
  `json_build_object(${MESSAGE_FIELDS.map((f) => `'${f}', ${alias}.${f}${f === "id" ? "::text" : ""}`).join(", ")})`;

/** Columns of a whole chat; `c` is the chats table. */
export const CHAT_COLUMNS = `
  c.id, c.chat_type, c.topic, c.tenant_id, c.created_date_time, c.last_updated_date_time, c.pinned_messages,
  CASE WHEN lm.id IS NULL THEN NULL ELSE ${messageJson("lm")} END AS last_message,
  COALESCE((
    SELECT json_agg(json_build_array(cm.membership_id, cm.user_id, cm.role, cm.visible_history_start_date_time,
      cm.is_hidden, cm.last_message_read_date_time) ORDER BY cm.position)
    FROM chat_members cm WHERE cm.chat_id = c.id), '[]'::json) AS members`;

/** The tables behind CHAT_COLUMNS. */
export const CHAT_FROM = "chats c LEFT JOIN messages lm ON lm.chat_id = c.id AND lm.id = c.last_message_id";

export interface ChatRow {
  id: string;
  chat_type: string;
  topic: string | null;
  tenant_id: string;
  created_date_time: string;
  last_updated_date_time: string;
  pinned_messages: PinRecord[];
  last_message: MessageRow | null;
  members: [string, string, string, string, boolean, string | null][];
}

export interface MessageRow {
  chat_id: string;
  id: string;
  created_date_time: string;
  last_modified_date_time: string;
  last_edited_date_time: string | null;
  deleted_date_time: string | null;
  from_user_id: string;
  content_type: string;
  content: string;
  subject: string | null;
  importance: string;
  mentions: MessageRecord["mentions"];
  attachments: MessageRecord["attachments"];
  hosted_contents: MessageRecord["hostedContents"];
  reactions: MessageRecord["reactions"];
  policy_violation: MessageRecord["policyViolation"];
}

export function toChat(row: ChatRow): ChatRecord {
  return {
    id: row.id,
    chatType: row.chat_type as ChatType,
    topic: row.topic,
    tenantId: row.tenant_id,
    createdDateTime: row.created_date_time,
    lastUpdatedDateTime: row.last_updated_date_time,
    members: row.members.map(toMember),
    lastMessage: row.last_message && toMessage(row.last_message),
    // Absent when there are none, as a chat is written before anything is pinned.
    ...(row.pinned_messages.length > 0 && { pinnedMessages: row.pinned_messages }),
  };
}

function toMember([id, userId, role, visible, isHidden, lastRead]: ChatRow["members"][number]): MemberRecord {
  return {
    id,
    userId,
    role: role as MemberRole,
    visibleHistoryStartDateTime: visible,
    isHidden,
    lastMessageReadDateTime: lastRead,
  };
}

export function toMessage(row: MessageRow): MessageRecord {
  return {
    id: String(row.id),
    chatId: row.chat_id,
    createdDateTime: row.created_date_time,
    lastModifiedDateTime: row.last_modified_date_time,
    lastEditedDateTime: row.last_edited_date_time,
    deletedDateTime: row.deleted_date_time,
    fromUserId: row.from_user_id,
    body: { contentType: row.content_type as BodyContentType, content: row.content },
    subject: row.subject,
    importance: row.importance as MessageImportance,
    mentions: row.mentions,
    attachments: row.attachments,
    hostedContents: row.hosted_contents,
    reactions: row.reactions,
    policyViolation: row.policy_violation,
  };
}

/** A message's values in MESSAGE_COLUMNS order (JSON columns as text, which pg casts to jsonb). */
export function messageValues(m: MessageRecord): unknown[] {
  return [
    m.chatId,
    m.id,
    m.createdDateTime,
    m.lastModifiedDateTime,
    m.lastEditedDateTime,
    m.deletedDateTime,
    m.fromUserId,
    m.body.contentType,
    m.body.content,
    m.subject,
    m.importance,
    JSON.stringify(m.mentions),
    JSON.stringify(m.attachments),
    JSON.stringify(m.hostedContents),
    JSON.stringify(m.reactions),
    m.policyViolation === null ? null : JSON.stringify(m.policyViolation),
  ];
}
