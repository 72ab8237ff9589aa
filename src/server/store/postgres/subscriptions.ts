// Subscriptions in PostgreSQL. The record is stored whole (jsonb) beside copies of the fields the
// queries need. A quota holds across instances because an insert takes an advisory lock per quota
// key before counting, so two inserts into one bucket count one after the other; an update holds
// the row's lock while its function runs, so concurrent updates of one subscription serialise.
import type pg from "pg";
import {
  QuotaExceededError,
  type Quota,
  type SubscriptionPageQuery,
  type SubscriptionRecord,
  type SubscriptionStore,
} from "../../notifications/types.js";
import { inTransaction, translated } from "./transaction.js";

type Queryable = Pick<pg.PoolClient, "query">;

/** The first key of the two-key advisory locks on quota buckets: any fixed number, so they collide with no one else's. */
const QUOTA_LOCK_SPACE = 51_722_903;

export class PostgresSubscriptionStore implements SubscriptionStore {
  constructor(private readonly pool: pg.Pool) {}

  insert(record: SubscriptionRecord, quotas: readonly Quota[]): Promise<void> {
    return inTransaction(this.pool, async (client) => {
      if (quotas.length > 0) {
        const keys = [...new Set(quotas.map((q) => q.key))];
        // Locked in one order (by the lock's number, collisions included), so two inserts never
        // wait for each other's second lock; released at commit, once the new row is visible.
        await client.query(
          `SELECT pg_advisory_xact_lock($1, h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($2::text[]) AS k ORDER BY h) AS locks`,
          [QUOTA_LOCK_SPACE, keys],
        );
        const counts = await client.query<{ key: string; count: string }>(
          "SELECT k AS key, (SELECT count(*) FROM subscriptions WHERE quota_keys @> ARRAY[k]) AS count FROM unnest($1::text[]) AS k",
          [keys],
        );
        const count = new Map(counts.rows.map((row) => [row.key, Number(row.count)]));
        const full = quotas.find((q) => (count.get(q.key) ?? 0) >= q.limit);
        if (full) throw new QuotaExceededError(full);
      }
      await client.query(
        `INSERT INTO subscriptions (id, tenant_id, app_id, user_id, chat_id, expiration_date_time, quota_keys, record)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...columns(record), JSON.stringify(record)],
      );
    });
  }

  get(id: string): Promise<SubscriptionRecord | undefined> {
    return translated(async () => (await select(this.pool, "WHERE id = $1", [id]))[0]);
  }

  list(query: SubscriptionPageQuery): Promise<{ items: readonly SubscriptionRecord[]; next?: string | undefined }> {
    return translated(async () => {
      const rows = await select(
        this.pool,
        "WHERE app_id = $1 AND ($2::text IS NULL OR user_id = $2) AND ($3::text IS NULL OR id > $3) ORDER BY id LIMIT $4",
        [query.appId, query.userId ?? null, query.after ?? null, query.limit + 1],
      );
      const items = rows.slice(0, query.limit);
      const last = items[items.length - 1];
      return rows.length > query.limit && last ? { items, next: last.id } : { items };
    });
  }

  update(id: string, fn: (current: SubscriptionRecord) => SubscriptionRecord | undefined): Promise<SubscriptionRecord | undefined> {
    return inTransaction(this.pool, async (client) => {
      const current = (await select(client, "WHERE id = $1 FOR UPDATE", [id]))[0];
      if (!current) return undefined;
      const next = fn(current);
      if (!next) return undefined;
      if (next.id !== id) throw new Error(`update(${id}) may not change the subscription's id`);
      await client.query(
        `UPDATE subscriptions SET (tenant_id, app_id, user_id, chat_id, expiration_date_time, quota_keys, record)
           = ($2, $3, $4, $5, $6, $7, $8) WHERE id = $1`,
        [...columns(next), JSON.stringify(next)],
      );
      return next;
    });
  }

  delete(id: string): Promise<boolean> {
    return translated(async () => ((await this.pool.query("DELETE FROM subscriptions WHERE id = $1", [id])).rowCount ?? 0) > 0);
  }

  forChat(chatId: string, now: string): Promise<readonly SubscriptionRecord[]> {
    return translated(() =>
      select(this.pool, "WHERE (chat_id = $1 OR chat_id IS NULL) AND expiration_date_time > $2 ORDER BY id", [chatId, now]),
    );
  }

  all(): Promise<readonly SubscriptionRecord[]> {
    return translated(() => select(this.pool, "ORDER BY id", []));
  }

  clear(): Promise<void> {
    return translated(async () => void (await this.pool.query("TRUNCATE subscriptions")));
  }
}

function columns(record: SubscriptionRecord): unknown[] {
  return [record.id, record.tenantId, record.appId, record.userId, record.chatId, record.expirationDateTime, [...record.quotaKeys]];
}

async function select(db: Queryable, where: string, values: unknown[]): Promise<SubscriptionRecord[]> {
  return (await db.query<{ record: SubscriptionRecord }>(`SELECT record FROM subscriptions ${where}`, values)).rows.map(
    (row) => row.record,
  );
}
