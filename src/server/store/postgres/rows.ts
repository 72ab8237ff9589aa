// Rows of the chat tables ↔ the store's records. One SELECT shape reads whole chats (the chat, its
// members in join order, its last message), so every read of a chat is one round trip.
import type { BodyContentType, ChatRecord, ChatType, MemberRecord, MemberRole, MessageImportance, MessageRecord } from "../types.js";

/** Columns of a whole chat; `c` is the chats table. */
export const CHAT_COLUMNS = `
  c.id, c.chat_type, c.topic, c.tenant_id, c.created_date_time, c.last_updated_date_time,
  lm.id AS lm_id, lm.created_date_time AS lm_created_date_time, lm.from_user_id AS lm_from_user_id,
  lm.content_type AS lm_content_type, lm.content AS lm_content, lm.subject AS lm_subject, lm.importance AS lm_importance,
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
  lm_id: string | null;
  lm_created_date_time: string | null;
  lm_from_user_id: string | null;
  lm_content_type: string | null;
  lm_content: string | null;
  lm_subject: string | null;
  lm_importance: string | null;
  members: [string, string, string, string, boolean, string | null][];
}

export interface MessageRow {
  chat_id: string;
  id: string;
  created_date_time: string;
  from_user_id: string;
  content_type: string;
  content: string;
  subject: string | null;
  importance: string;
}

export const MESSAGE_COLUMNS = "chat_id, id, created_date_time, from_user_id, content_type, content, subject, importance";

export function toChat(row: ChatRow): ChatRecord {
  return {
    id: row.id,
    chatType: row.chat_type as ChatType,
    topic: row.topic,
    tenantId: row.tenant_id,
    createdDateTime: row.created_date_time,
    lastUpdatedDateTime: row.last_updated_date_time,
    members: row.members.map(toMember),
    lastMessage:
      row.lm_id === null
        ? null
        : toMessage({
            chat_id: row.id,
            id: row.lm_id,
            created_date_time: row.lm_created_date_time ?? "",
            from_user_id: row.lm_from_user_id ?? "",
            content_type: row.lm_content_type ?? "text",
            content: row.lm_content ?? "",
            subject: row.lm_subject,
            importance: row.lm_importance ?? "normal",
          }),
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
    fromUserId: row.from_user_id,
    body: { contentType: row.content_type as BodyContentType, content: row.content },
    subject: row.subject,
    importance: row.importance as MessageImportance,
  };
}

/** A message's values in MESSAGE_COLUMNS order. */
export function messageValues(m: MessageRecord): unknown[] {
  return [m.chatId, m.id, m.createdDateTime, m.fromUserId, m.body.contentType, m.body.content, m.subject, m.importance];
}
