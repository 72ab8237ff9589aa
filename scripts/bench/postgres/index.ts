// The benchmark's PostgreSQL figures, on a throwaway cluster the benchmark starts and removes:
// page cost as the list grows (pages.ts), a large database (1M chats by default), throughput on
// PostgreSQL against memory and with WORKERS=2 against WORKERS=1 (throughput.ts).
import { postgresMissing, serverVersion, startBenchCluster, withClient } from "./cluster.js";
import type { PgBenchContext } from "./context.js";
import { pageFigures } from "./pages.js";
import type { PostgresReport } from "./report.js";
import { throughputFigures } from "./throughput.js";

export interface PostgresOptions extends PgBenchContext {
  /** Chats in the large database, or why it is skipped. */
  readonly large: number | { skipped: string };
}

export async function measurePostgres(options: PostgresOptions): Promise<PostgresReport | { skipped: string }> {
  const missing = postgresMissing();
  if (missing) {
    options.progress(`PostgreSQL figures skipped: ${missing}`);
    return { skipped: missing };
  }
  options.progress("PostgreSQL: starting a throwaway cluster");
  const cluster = await startBenchCluster();
  try {
    const settings = await withClient(cluster.url(), async (client) => {
      const { rows } = await client.query<{ name: string; setting: string }>(
        "SELECT name, current_setting(name) AS setting FROM unnest(ARRAY['shared_buffers', 'fsync']) AS name",
      );
      return rows.map((row) => `${row.name} ${row.setting}`).join(", ");
    });
    const server = `${await serverVersion(cluster.url())} (throwaway cluster on 127.0.0.1: ${settings}; 10 connections per server process)`;
    const throughput = await throughputFigures(cluster, options);
    const pages = await pageFigures(cluster, options, options.large);
    return { server, ...throughput, ...pages };
  } finally {
    await cluster.remove();
  }
}
