// A page of a user's chats as one SQL statement: a range scan of the user's entries in the
// chat_members sort-key index (newest first, ties by chat id), starting at the cursor, with the
// `$filter` as a WHERE clause. One row beyond the page says whether another page follows.
import type { ChatCondition, ChatPageQuery } from "../types.js";

const SORT_COLUMN = { lastUpdated: "m.sort_last_updated", lastMessage: "m.sort_last_message" } as const;
const CHAT_COLUMN = { topic: "c.topic", chatType: "c.chat_type", id: "c.id" } as const;

/** How many of the user's chats match: the kept counter without a filter, else a count of the matches. */
export function chatCountSql(query: ChatPageQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [query.userId.toLowerCase()];
  const filter = query.filter ?? [];
  if (filter.length === 0) return { text: "SELECT COALESCE((SELECT chats FROM user_chat_counts WHERE user_key = $1), 0) AS count", values };
  const where = ["m.user_key = $1", ...filter.map((c) => conditionSql(c, values))];
  const join = filter.some((c) => c.kind === "equals") ? " JOIN chats c ON c.id = m.chat_id" : "";
  return { text: `SELECT count(*) AS count FROM chat_members m${join} WHERE ${where.join(" AND ")}`, values };
}

export function chatPageSql(query: ChatPageQuery): { text: string; values: unknown[] } {
  const sort = SORT_COLUMN[query.order];
  const values: unknown[] = [query.userId.toLowerCase()];
  const where = ["m.user_key = $1"];
  if (query.after) {
    const key = `$${values.push(query.after.key)}`;
    const id = `$${values.push(query.after.id)}`;
    // `sort <= key` lets the index scan start at the cursor; the rest skips the cursor's own ties.
    where.push(`${sort} <= ${key}`, `(${sort} < ${key} OR m.chat_id > ${id})`);
  }
  const filter = query.filter ?? [];
  for (const condition of filter) where.push(conditionSql(condition, values));
  const join = filter.some((c) => c.kind === "equals") ? " JOIN chats c ON c.id = m.chat_id" : "";
  const limit = `$${values.push(query.limit + 1)}`;
  return {
    text: `SELECT m.chat_id, ${sort} AS sort_key FROM chat_members m${join} WHERE ${where.join(" AND ")} ORDER BY ${sort} DESC, m.chat_id LIMIT ${limit}`,
    values,
  };
}

function conditionSql(condition: ChatCondition, values: unknown[]): string {
  switch (condition.kind) {
    case "equals":
      return condition.value === null
        ? `${CHAT_COLUMN[condition.property]} IS NULL`
        : `${CHAT_COLUMN[condition.property]} = $${values.push(condition.value)}`;
    case "hasInstalledApp":
      return "FALSE";
    case "hasMember":
      return `EXISTS (SELECT 1 FROM chat_members f WHERE f.chat_id = m.chat_id AND f.user_key = ANY($${values.push(
        condition.userIds.map((id) => id.toLowerCase()),
      )}::text[]))`;
  }
}
