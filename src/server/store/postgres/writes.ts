// Writing a changed chat: only what differs between the record read (under the row lock) and the
// record the change returned — the chat row, members joined, left or changed, and the members'
// copies of the sort keys when the chat moved in its members' lists.
import type pg from "pg";
import { chatSortKey, type ChatRecord, type MemberRecord } from "../types.js";

type Queryable = Pick<pg.PoolClient, "query">;

/** Adds members to `chat` after its existing ones (join order), with the chat's current sort keys. */
export async function insertMembers(db: Queryable, chat: ChatRecord, members: readonly MemberRecord[], after = -1): Promise<void> {
  if (members.length === 0) return;
  await db.query(
    `INSERT INTO chat_members (chat_id, user_key, position, membership_id, user_id, role, visible_history_start_date_time,
       is_hidden, last_message_read_date_time, sort_last_updated, sort_last_message)
     SELECT $1, lower(m.user_id), $2 + m.n, m.membership_id, m.user_id, m.role, m.visible, m.hidden, m.last_read, $3, $4
     FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::text[])
       WITH ORDINALITY AS m(membership_id, user_id, role, visible, hidden, last_read, n)`,
    [
      chat.id,
      after,
      chatSortKey(chat, "lastUpdated"),
      chatSortKey(chat, "lastMessage"),
      members.map((m) => m.id),
      members.map((m) => m.userId),
      members.map((m) => m.role),
      members.map((m) => m.visibleHistoryStartDateTime),
      members.map((m) => m.isHidden),
      members.map((m) => m.lastMessageReadDateTime),
    ],
  );
}

/** Writes `after` over `before` (the same chat, locked by the caller's transaction). */
export async function writeChanges(db: Queryable, before: ChatRecord, after: ChatRecord): Promise<void> {
  const pins = JSON.stringify(after.pinnedMessages ?? []);
  if (
    before.topic !== after.topic ||
    before.lastUpdatedDateTime !== after.lastUpdatedDateTime ||
    before.lastMessage?.id !== after.lastMessage?.id ||
    before.chatType !== after.chatType ||
    JSON.stringify(before.pinnedMessages ?? []) !== pins
  ) {
    await db.query(
      "UPDATE chats SET topic = $2, last_updated_date_time = $3, last_message_id = $4, chat_type = $5, pinned_messages = $6 WHERE id = $1",
      [after.id, after.topic, after.lastUpdatedDateTime, after.lastMessage?.id ?? null, after.chatType, pins],
    );
  }
  const key = (m: MemberRecord) => m.userId.toLowerCase();
  const old = new Map(before.members.map((m) => [key(m), m]));
  const now = new Map(after.members.map((m) => [key(m), m]));
  const left = [...old.keys()].filter((k) => !now.has(k));
  if (left.length > 0) await db.query("DELETE FROM chat_members WHERE chat_id = $1 AND user_key = ANY($2::text[])", [after.id, left]);
  const changed = after.members.filter((m) => {
    const was = old.get(key(m));
    return (
      was !== undefined &&
      (was.role !== m.role ||
        was.visibleHistoryStartDateTime !== m.visibleHistoryStartDateTime ||
        was.isHidden !== m.isHidden ||
        was.lastMessageReadDateTime !== m.lastMessageReadDateTime)
    );
  });
  if (changed.length > 0) {
    await db.query(
      `UPDATE chat_members cm SET role = m.role, visible_history_start_date_time = m.visible, is_hidden = m.hidden,
         last_message_read_date_time = m.last_read
       FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[]) AS m(user_key, role, visible, hidden, last_read)
       WHERE cm.chat_id = $1 AND cm.user_key = m.user_key`,
      [
        after.id,
        changed.map(key),
        changed.map((m) => m.role),
        changed.map((m) => m.visibleHistoryStartDateTime),
        changed.map((m) => m.isHidden),
        changed.map((m) => m.lastMessageReadDateTime),
      ],
    );
  }
  const [updated, messaged] = [chatSortKey(after, "lastUpdated"), chatSortKey(after, "lastMessage")];
  if (updated !== chatSortKey(before, "lastUpdated") || messaged !== chatSortKey(before, "lastMessage")) {
    await db.query("UPDATE chat_members SET sort_last_updated = $2, sort_last_message = $3 WHERE chat_id = $1", [
      after.id,
      updated,
      messaged,
    ]);
  }
  const joined = after.members.filter((m) => !old.has(key(m)));
  if (joined.length > 0) {
    const last = await db.query<{ position: number | null }>("SELECT max(position) AS position FROM chat_members WHERE chat_id = $1", [
      after.id,
    ]);
    await insertMembers(db, after, joined, last.rows[0]?.position ?? -1);
  }
}
