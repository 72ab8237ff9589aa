// Opening the PostgreSQL engine for DATABASE_URL: a pool, the schema migrated (under the
// migration lock), the chat store and the shared state on that pool.
import type { Logger } from "pino";
import { openPool } from "./connect.js";
import { migrate } from "./migrate.js";
import { PostgresSharedState } from "./shared.js";
import { PostgresChatStore } from "./store.js";

export interface PostgresEngine {
  readonly store: PostgresChatStore;
  readonly shared: PostgresSharedState;
  /** Ends the LISTEN connection and the pool. */
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
  return {
    store,
    shared,
    close: async () => {
      await shared.close();
      await pool.end();
    },
  };
}
