// The benchmark's PostgreSQL: a throwaway cluster (test/support/postgres.ts, the one the tests
// use: initdb in a temporary folder, 127.0.0.1 only, fsync off, removed at the end) with room for
// a million chats in memory, and the few database chores the benchmark needs.
import pg from "pg";
import { prerequisite } from "../../../test/prerequisites/table.js";
import { TestCluster } from "../../../test/support/postgres.js";

// A million chats take about 3 GB: with the default 128 MB of shared buffers the load and the deep
// pages would measure the kernel's page cache; 1 GB is a modest share of a database server's memory.
// Fewer checkpoints during the bulk load; the data is thrown away anyway.
const SETTINGS = { shared_buffers: "1GB", max_wal_size: "8GB", checkpoint_timeout: "30min" } as const;

/** Why PostgreSQL figures cannot be measured here, or undefined when they can. */
export function postgresMissing(): string | undefined {
  const entry = prerequisite("postgresql");
  return entry.locate() === undefined
    ? `${entry.title} are missing (looked for ${entry.lookingFor}; apt-get install postgresql)`
    : undefined;
}

export function startBenchCluster(): Promise<TestCluster> {
  return TestCluster.start(SETTINGS);
}

/** Runs `work` on one connection to `url`. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** After a bulk load: visibility map and planner statistics up to date, as autovacuum would leave them. */
export function vacuumAnalyze(url: string): Promise<void> {
  return withClient(url, async (client) => void (await client.query("VACUUM ANALYZE")));
}

export function databaseBytes(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    return Number(rows[0]?.bytes ?? 0);
  });
}

export function serverVersion(url: string): Promise<string> {
  return withClient(
    url,
    async (client) => (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? "unknown",
  );
}
