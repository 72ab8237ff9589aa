// EXPLAIN (ANALYZE) of the store's own list query (lists.ts), to show that a page of a user's
// chats is a range scan of the sort-key index that stops after the page — never a Sort over the
// user's whole list, whose cost would grow with the list.
import type { ChatCursor } from "../../../src/server/store/types.js";
import { chatPageSql } from "../../../src/server/store/postgres/lists.js";
import { withClient } from "./cluster.js";

export interface PlanCheck {
  readonly label: string;
  /** The plan's text, one line per entry. */
  readonly lines: string[];
  /** An index scan of chat_members_by_last_updated and no Sort node. */
  readonly rangeScan: boolean;
  readonly executionMs: number;
}

/** The plan of the page after `skip` chats (0: the first page), with the cursor a $skiptoken holds there. */
export function explainPage(url: string, label: string, userId: string, skip: number): Promise<PlanCheck> {
  return withClient(url, async (client) => {
    let after: ChatCursor | undefined;
    if (skip > 0) {
      const { rows } = await client.query<{ id: string; key: string }>(
        `SELECT chat_id AS id, sort_last_updated AS key FROM chat_members WHERE user_key = $1
         ORDER BY sort_last_updated DESC, chat_id OFFSET $2 LIMIT 1`,
        [userId.toLowerCase(), skip - 1],
      );
      after = rows[0];
      if (!after) throw new Error(`${label}: the user has fewer than ${skip} chats`);
    }
    const { text, values } = chatPageSql({ userId, order: "lastUpdated", limit: 20, ...(after && { after }) });
    const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    const lines = plan.rows.map((row) => row["QUERY PLAN"]);
    const scan = lines.some((line) => /Index (Only )?Scan using chat_members_by_last_updated/.test(line));
    const sort = lines.some((line) => /->\s+Sort\b|^Sort\b|Incremental Sort/.test(line.trim()));
    const time = /Execution Time: ([\d.]+) ms/.exec(lines.join("\n"));
    return { label, lines, rangeScan: scan && !sort, executionMs: Number(time?.[1] ?? NaN) };
  });
}
