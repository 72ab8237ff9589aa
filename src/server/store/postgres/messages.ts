// A page of a chat's messages as one SQL statement, newest first in either documented order:
// created (id order: ids grow with creation, so the primary key serves it) or last modified (the
// messages_by_last_modified index). One row beyond the page says whether another page follows.
import type { MessagePageQuery } from "../types.js";
import { MESSAGE_COLUMNS } from "./rows.js";

const SORT_COLUMN = { lastModified: "last_modified_date_time", created: "created_date_time" } as const;
/** A cursor id past every bigint (more than 18 digits) bounds nothing. */
const BIGINT = /^\d{1,18}$/;

export function messagePageSql(query: MessagePageQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [query.chatId];
  const where = ["chat_id = $1", ...rangeSql(query, values)];
  const { after } = query;
  if (after && BIGINT.test(after.id)) {
    const id = `$${values.push(after.id)}::bigint`;
    if (query.order === "created") where.push(`id < ${id}`);
    else {
      const key = `$${values.push(after.key)}`;
      // `<= key` lets the index scan start at the cursor; the rest skips the cursor's own ties.
      where.push(`last_modified_date_time <= ${key}`, `(last_modified_date_time < ${key} OR id < ${id})`);
    }
  }
  const order = query.order === "created" ? "id DESC" : "last_modified_date_time DESC, id DESC";
  const limit = `$${values.push(query.limit + 1)}`;
  return { text: `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ${limit}`, values };
}

/**
 * How many messages match, cursor aside. Without a range that is the chat's kept counter minus
 * the messages before the reader's visible history (an index range, empty for most readers).
 */
export function messageCountSql(query: MessagePageQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [query.chatId];
  if (query.newerThan === undefined && query.olderThan === undefined) {
    const total = "COALESCE((SELECT message_count FROM chats WHERE id = $1), 0)";
    if (query.since === undefined) return { text: `SELECT ${total} AS count`, values };
    values.push(query.since);
    return { text: `SELECT ${total} - (SELECT count(*) FROM messages WHERE chat_id = $1 AND created_date_time < $2) AS count`, values };
  }
  return { text: `SELECT count(*) AS count FROM messages WHERE ${["chat_id = $1", ...rangeSql(query, values)].join(" AND ")}`, values };
}

/** The visible history and the `$filter` range as conditions. */
function rangeSql(query: MessagePageQuery, values: unknown[]): string[] {
  const sort = SORT_COLUMN[query.order];
  const where: string[] = [];
  if (query.since !== undefined) where.push(`created_date_time >= $${values.push(query.since)}`);
  if (query.newerThan !== undefined) where.push(`${sort} > $${values.push(query.newerThan)}`);
  if (query.olderThan !== undefined) where.push(`${sort} < $${values.push(query.olderThan)}`);
  return where;
}
