// The delivery queue in PostgreSQL: one row per notification POST, so a slow receiver or a restart
// loses none. Any instance claims; a claim locks its rows (SKIP LOCKED: two instances claiming at
// once never take the same row) and leases them by the database's clock, so a crashed claimer's
// deliveries come back when the lease runs out. An enqueue NOTIFYs every instance.
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import type { DeliveryOutcome, DeliveryQueue, DeliveryRecord, NewDelivery } from "../../notifications/types.js";
import { ChannelListener } from "./listen.js";
import { DELIVERY_COLUMNS, NOT_WAITING_BEHIND_OLDER, toDelivery, type DeliveryRow } from "./delivery-rows.js";
import { translated } from "./transaction.js";

const CHANNEL = "graph_chat_contract_deliveries";

export interface PostgresDeliveryQueueOptions {
  /** Losing the LISTEN connection (it is re-opened), or an onEnqueued listener's throw. */
  readonly onError?: (error: unknown) => void;
  /** Settled deliveries kept for the journal (by enqueue order); older ones are deleted. Default 1,000. */
  readonly journalSize?: number;
}

export class PostgresDeliveryQueue implements DeliveryQueue {
  /** Always 0: rows are not dropped for room. */
  readonly overflowDropped = 0;
  private readonly listeners: (() => void)[] = [];
  /** Identifies this instance's own NOTIFYs: its listeners heard those at once. */
  private readonly instance = randomBytes(8).toString("hex");
  private readonly listener: ChannelListener;
  private readonly journalSize: number;
  /** Settled since the last pruning; pruning every tenth of the journal keeps its cost per delivery small. */
  private settledSincePrune = 0;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly pool: pg.Pool,
    url: string,
    options: PostgresDeliveryQueueOptions = {},
  ) {
    this.journalSize = Math.max(1, options.journalSize ?? 1_000);
    this.onError = options.onError ?? (() => undefined);
    // Every listener runs also once each connection listens: an enqueue while none did was not heard.
    this.listener = new ChannelListener(url, CHANNEL, {
      onNotification: (payload) => {
        if (payload !== this.instance) this.announce();
      },
      onListening: () => this.announce(),
      onError: this.onError,
    });
  }

  enqueue(items: readonly NewDelivery[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    return translated(async () => {
      // One statement: the rows and the NOTIFY commit together, in enqueue order (ORDER BY n).
      await this.pool.query(
        `WITH inserted AS (
           INSERT INTO notification_deliveries (id, subscription_id, kind, url, body, order_key, created_date_time, state, next_attempt_date_time)
           SELECT d.id, d.subscription_id, d.kind, d.url, d.body, d.order_key, d.created, 'pending', d.created
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             WITH ORDINALITY AS d(id, subscription_id, kind, url, body, order_key, created, n)
           ORDER BY d.n
           RETURNING 1)
         SELECT pg_notify($8, $9) FROM (SELECT count(*) FROM inserted) AS done`,
        [
          items.map(() => randomUUID()),
          items.map((d) => d.subscriptionId),
          items.map((d) => d.kind),
          items.map((d) => d.url),
          items.map((d) => d.body),
          items.map((d) => d.orderKey),
          items.map((d) => d.createdDateTime),
          CHANNEL,
          this.instance,
        ],
      );
      this.announce();
    });
  }

  claim(now: string, limit: number, leaseMs: number): Promise<readonly DeliveryRecord[]> {
    return translated(async () => {
      // The lock conditions are on `d` itself, so a row another claimer leased and committed
      // meanwhile is re-checked against its new lease and skipped, not claimed twice.
      const rows = await this.pool.query<DeliveryRow>(
        `WITH picked AS MATERIALIZED (
           SELECT d.seq FROM notification_deliveries d
           WHERE d.state = 'pending' AND d.next_attempt_date_time <= $1
             AND (d.lease_until IS NULL OR d.lease_until <= now()) AND ${NOT_WAITING_BEHIND_OLDER}
           ORDER BY d.seq LIMIT $2
           FOR UPDATE OF d SKIP LOCKED)
         UPDATE notification_deliveries d SET lease_until = now() + $3::double precision * interval '1 millisecond'
         FROM picked WHERE d.seq = picked.seq
         RETURNING ${DELIVERY_COLUMNS}`,
        [now, limit, leaseMs],
      );
      return rows.rows.map(toDelivery).sort((a, b) => a.seq - b.seq);
    });
  }

  settle(id: string, outcome: DeliveryOutcome, now: string): Promise<void> {
    const attempts = JSON.stringify(outcome.attempt ? [outcome.attempt] : []);
    const next = outcome.state === "pending" ? outcome.nextAttemptDateTime : null;
    const reason = outcome.state === "dropped" ? outcome.reason : null;
    return translated(async () => {
      // Only a pending delivery changes state: one cancelled (or dropped) meanwhile stays so, and
      // keeps just the record of the attempt that was made.
      const result = await this.pool.query<{ settled: boolean }>(
        `UPDATE notification_deliveries SET
           attempts = attempts || $2::jsonb,
           state = CASE WHEN state = 'pending' THEN $3::text ELSE state END,
           next_attempt_date_time = CASE WHEN state = 'pending' AND $3::text = 'pending' THEN $4::text ELSE next_attempt_date_time END,
           settled_date_time = CASE WHEN state = 'pending' AND $3::text <> 'pending' THEN $5::text ELSE settled_date_time END,
           reason = CASE WHEN state = 'pending' AND $3::text <> 'pending' THEN $6::text ELSE reason END,
           lease_until = NULL
         WHERE id = $1
         RETURNING state <> 'pending' AS settled`,
        [id, attempts, outcome.state, next, now, reason],
      );
      if (result.rows[0]?.settled) await this.settled(1);
    });
  }

  cancel(subscriptionId: string, reason: string, now: string): Promise<void> {
    return translated(async () => {
      const result = await this.pool.query(
        `UPDATE notification_deliveries SET state = 'cancelled', reason = $2, settled_date_time = $3, lease_until = NULL
         WHERE subscription_id = $1 AND state = 'pending'`,
        [subscriptionId, reason, now],
      );
      await this.settled(result.rowCount ?? 0);
    });
  }

  journal(limit: number): Promise<readonly DeliveryRecord[]> {
    return translated(async () => {
      const rows = await this.pool.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM (SELECT * FROM notification_deliveries ORDER BY seq DESC LIMIT $1) AS d ORDER BY seq`,
        [limit],
      );
      return rows.rows.map(toDelivery);
    });
  }

  /** When the next claimable delivery is due: pending, first of its order key, not leased (those in flight are left out). */
  nextDue(): Promise<string | undefined> {
    return translated(async () => {
      const rows = await this.pool.query<{ due: string | null }>(
        `SELECT min(d.next_attempt_date_time) AS due FROM notification_deliveries d
         WHERE d.state = 'pending' AND (d.lease_until IS NULL OR d.lease_until <= now()) AND ${NOT_WAITING_BEHIND_OLDER}`,
      );
      return rows.rows[0]?.due ?? undefined;
    });
  }

  onEnqueued(listener: () => void): void {
    this.listeners.push(listener);
    this.listener.start();
  }

  clear(): Promise<void> {
    return translated(async () => void (await this.pool.query("TRUNCATE notification_deliveries")));
  }

  /** Ends the LISTEN connection (the pool is the engine's). */
  close(): Promise<void> {
    return this.listener.close();
  }

  private announce(): void {
    for (const listener of this.listeners) {
      // A listener's failure must neither fail the enqueue that already committed nor escape from
      // the LISTEN connection's event handler.
      try {
        listener();
      } catch (error) {
        this.onError(error);
      }
    }
  }

  /** Deletes the settled rows older than the journal's, now and then. */
  private async settled(count: number): Promise<void> {
    this.settledSincePrune += count;
    if (this.settledSincePrune < Math.ceil(this.journalSize / 10)) return;
    this.settledSincePrune = 0;
    await this.pool.query(
      `DELETE FROM notification_deliveries WHERE state <> 'pending' AND seq < (
         SELECT seq FROM notification_deliveries WHERE state <> 'pending' ORDER BY seq DESC OFFSET $1 LIMIT 1)`,
      [this.journalSize - 1],
    );
  }
}
