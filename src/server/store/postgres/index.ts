// Opening the PostgreSQL engine for DATABASE_URL: a pool, the schema migrated (under the
// migration lock), and on that pool the chat store, the shared state, the subscriptions and the
// notification delivery queue.
import type { Logger } from "pino";
import { openPool } from "./connect.js";
import { PostgresDeliveryQueue } from "./deliveries.js";
import { migrate } from "./migrate.js";
import { PostgresSharedState } from "./shared.js";
import { PostgresChatStore } from "./store.js";
import { PostgresSubscriptionStore } from "./subscriptions.js";

export interface PostgresEngine {
  readonly store: PostgresChatStore;
  readonly shared: PostgresSharedState;
  readonly subscriptions: PostgresSubscriptionStore;
  readonly deliveries: PostgresDeliveryQueue;
  /** Ends the LISTEN connections and the pool. */
  close(): Promise<void>;
}

/** Rejects within seconds, naming host, port and database (never the password), when it cannot connect. */
export async function openPostgres(url: string, logger?: Logger, options: { maxConnections?: number } = {}): Promise<PostgresEngine> {
  const warn = (error: unknown) => logger?.warn({ err: error }, "database connection lost; it is re-opened when the database is back");
  const pool = await openPool(url, { onIdleError: warn, ...(options.maxConnections !== undefined && { max: options.maxConnections }) });
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) logger?.info({ applied }, "database schema migrated");
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const store = new PostgresChatStore(pool, false);
  const shared = new PostgresSharedState(pool, url, warn);
  const deliveries = new PostgresDeliveryQueue(pool, url, {
    onError: (error) =>
      logger?.warn({ err: error }, "notification queue: its LISTEN connection was lost (it is re-opened) or a listener failed"),
  });
  return {
    store,
    shared,
    subscriptions: new PostgresSubscriptionStore(pool),
    deliveries,
    close: async () => {
      await Promise.all([shared.close(), deliveries.close()]);
      await pool.end();
    },
  };
}
