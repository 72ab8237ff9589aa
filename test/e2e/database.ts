// Looking into the test cluster from end-to-end tests: what the servers left in the database and
// which connections they hold, seen from a connection of the test's own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import type { TestCluster } from "../support/postgres.js";

/** Runs one statement on a connection of its own, closed afterwards. */
export async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000, application_name: "e2e-test" });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export interface Connection {
  pid: number;
  application_name: string;
}

/** Every connection to the database of `url` except the one asking. */
export function connectionsTo(url: string): Promise<Connection[]> {
  return query<Connection>(
    url,
    "SELECT pid, application_name FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY pid",
  );
}

/** The cluster's server log so far. */
export function serverLog(cluster: TestCluster): string {
  return readFileSync(join(cluster.dir, "server.log"), "utf8");
}

/**
 * Makes every later session on the database log (at DEBUG1) when its client went away without
 * saying goodbye — a process that exited with connections still open — which a client that ends
 * its connections never causes. The log lines read "unexpected EOF on client connection".
 */
export async function logUnendedConnections(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  await query(url, `ALTER DATABASE ${pg.escapeIdentifier(database)} SET log_min_messages = 'debug1'`);
}

export const UNENDED_CONNECTION = /unexpected EOF on client connection/g;
