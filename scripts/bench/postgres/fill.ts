// Filling a database with the bench chats in SQL, far faster than through the HTTP API or the
// store: each batch is two INSERT … SELECT over generate_series, writing exactly the rows the
// store's insertChatIfAbsent writes for benchChat(users, i, benchChatId(i)) (writes.ts, rows.ts;
// test/scripts/bench-fill.test.ts compares the two row by row). Batches run on several
// connections at once, since one backend uses one core.
import { createHash } from "node:crypto";
import pg from "pg";
import { BENCH_START, BENCH_TENANT_ID, type BenchUsers } from "../data.js";

/** Chat number `i`'s id: Graph's group chat format, 32 hex digits (md5 in SQL, the same here). */
export function benchChatId(i: number): string {
  return `19:${createHash("md5").update(`bench:${i}`).digest("hex")}@thread.v2`;
}

// Chat i: its number, its id and its time, formatted as Date#toISOString does.
const SERIES = `
  SELECT i, '19:' || md5('bench:' || i) || '@thread.v2' AS id,
    to_char((to_timestamp($3::double precision) AT TIME ZONE 'UTC') + i * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS t
  FROM generate_series($1::integer, $2::integer) AS i`;

const INSERT_CHATS = `
  INSERT INTO chats (id, chat_type, topic, tenant_id, created_date_time, last_updated_date_time, last_message_id)
  SELECT s.id, 'group', 'Bench ' || s.i, $4, s.t, s.t, NULL FROM (${SERIES}) AS s`;

// Members in join order (position 0, 1, 2); user_key is lower(user_id); the membership id is
// membershipId(): base64url, unpadded, of "0#tenant#chat#user" (encode() wraps lines: drop the
// newlines too). sort_last_message is '' for a chat without messages.
const INSERT_MEMBERS = `
  INSERT INTO chat_members (chat_id, user_key, position, membership_id, user_id, role, visible_history_start_date_time,
    is_hidden, last_message_read_date_time, sort_last_updated, sort_last_message)
  SELECT s.id, lower(u.user_id), u.position,
    translate(encode(convert_to('0#' || $4 || '#' || s.id || '#' || u.user_id, 'UTF8'), 'base64'), E'+/=\\n', '-_'),
    u.user_id, 'owner', '0001-01-01T00:00:00Z', false, NULL, s.t, ''
  FROM (${SERIES}) AS s
  CROSS JOIN LATERAL (VALUES (0, $5::text), (1, ($6::text[])[1 + s.i % $7]), (2, ($6::text[])[1 + (s.i + 1) % $7])) AS u(position, user_id)`;

export interface FillOptions {
  /** Number of the first chat; chats first … first + count - 1 are written. */
  readonly first?: number;
  readonly count: number;
  /** Chats per transaction; default 50,000. */
  readonly batch?: number;
  /** Connections writing at once; default 2 (one per core of the benchmark's machine). */
  readonly connections?: number;
  /** Called after each batch with the number of chats written so far. */
  readonly onProgress?: (written: number) => void;
}

/** Writes the bench chats into `url`'s (migrated) database. */
export async function fillChats(url: string, users: BenchUsers, options: FillOptions): Promise<void> {
  const { first = 0, count, batch = 50_000, connections = 2 } = options;
  const starts: number[] = [];
  for (let start = first; start < first + count; start += batch) starts.push(start);
  let written = 0;
  const worker = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (let start = starts.shift(); start !== undefined; start = starts.shift()) {
        const last = Math.min(first + count, start + batch) - 1;
        const values = [start, last, BENCH_START / 1000, BENCH_TENANT_ID];
        await client.query("BEGIN");
        await client.query(INSERT_CHATS, values);
        await client.query(INSERT_MEMBERS, [...values, users.me, users.others, users.others.length]);
        await client.query("COMMIT");
        written += last - start + 1;
        options.onProgress?.(written);
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(connections, starts.length)) }, worker));
}
