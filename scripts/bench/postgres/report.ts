// The PostgreSQL part of the benchmark's JSON file and of its printed report.
import type { LoadResult } from "../load.js";
import { shortCount } from "./context.js";
import type { PlanCheck } from "./explain.js";

export interface LargeFigures {
  readonly chats: number;
  readonly membersPerChat: number;
  /** Whose chats: the bench user is a member of every one (the longest list one user can have). */
  readonly benchUserIn: "every chat";
  readonly loadSeconds: number;
  readonly vacuumAnalyzeSeconds: number;
  readonly databaseBytes: number;
  /** The 1,000-chat database's first page, measured beside the pages below. */
  readonly page1k: LoadResult;
  readonly firstPage: LoadResult;
  /** Page `deepPageNumber`, reached by following @odata.nextLink from the first page. */
  readonly deepPage: LoadResult;
  readonly deepPageNumber: number;
  readonly walkSeconds: number;
}

export interface PostgresReport {
  readonly server: string;
  /** One instance (startServer) on memory and on PostgreSQL, each scenario. */
  readonly throughput: { scenario: string; memory: LoadResult; postgres: LoadResult }[];
  /** `npm start`'s program on PostgreSQL with WORKERS=1 and WORKERS=2, each scenario. */
  readonly workers: { scenario: string; one: LoadResult; two: LoadResult }[];
  readonly scaling: { page1k: LoadResult; page100k: LoadResult; fill100kSeconds: number };
  readonly large: LargeFigures | { skipped: string };
  readonly plans: PlanCheck[];
}

export const PAGE_SCALING_TARGET = 1.3;

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const bad = (r: LoadResult) => r.unexpected + r.errors;
/** Time per page of `b` over that of `a`: the inverse of their throughputs. */
const timeRatio = (a: LoadResult, b: LoadResult) => a.requestsPerSecond / b.requestsPerSecond;

export function postgresLines(report: PostgresReport | { skipped: string }, cpus: number): string[] {
  if ("skipped" in report) return [`PostgreSQL figures skipped: ${report.skipped}`];
  const lines = [`PostgreSQL ${report.server}`, ""];
  lines.push("| request | memory req/s | PostgreSQL req/s | PostgreSQL p99 ms | bad answers | PostgreSQL / memory |");
  lines.push("|---|---:|---:|---:|---:|---:|");
  for (const { scenario, memory, postgres } of report.throughput) {
    lines.push(
      `| ${scenario} | ${fixed(memory.requestsPerSecond)} | ${fixed(postgres.requestsPerSecond)} | ${fixed(postgres.p99Ms, 1)} | ${bad(memory) + bad(postgres)} | ${fixed(postgres.requestsPerSecond / memory.requestsPerSecond, 2)}× |`,
    );
  }
  lines.push("");
  lines.push("| request (PostgreSQL) | WORKERS=1 req/s | WORKERS=2 req/s | bad answers | WORKERS=2 / WORKERS=1 |");
  lines.push("|---|---:|---:|---:|---:|");
  for (const { scenario, one, two } of report.workers) {
    lines.push(
      `| ${scenario} | ${fixed(one.requestsPerSecond)} | ${fixed(two.requestsPerSecond)} | ${bad(one) + bad(two)} | ${fixed(two.requestsPerSecond / one.requestsPerSecond, 2)}× |`,
    );
  }
  lines.push(
    `WORKERS on ${cpus} cores: the load generator (autocannon, this process), PostgreSQL and the server's processes all share these ${cpus} cores, and one worker already keeps them busy, so a second worker only takes CPU time from the others (and costs a context switch or two per request): these ratios measure that contention, not what WORKERS=2 adds. Only a machine where the server's processes have cores of their own, with the load generator and PostgreSQL elsewhere, can show that.`,
  );
  const { scaling } = report;
  const ratio = timeRatio(scaling.page1k, scaling.page100k);
  lines.push("");
  lines.push(
    `scaling on PostgreSQL, page of 20 chats: 1k chats ${fixed(scaling.page1k.requestsPerSecond)} req/s, 100k chats ${fixed(scaling.page100k.requestsPerSecond)} req/s → time ratio ${fixed(ratio, 2)}× (target ≤ ${PAGE_SCALING_TARGET}× ${verdict(ratio <= PAGE_SCALING_TARGET)}); 100k chats filled in SQL in ${fixed(scaling.fill100kSeconds, 1)} s`,
  );
  lines.push(...largeLines(report.large));
  lines.push("", "EXPLAIN (ANALYZE) of the list query (lists.ts):");
  for (const plan of report.plans) {
    lines.push(
      `  ${plan.label}: ${plan.rangeScan ? "index range scan, no Sort" : "NOT a plain index range scan"}, ${fixed(plan.executionMs, 3)} ms`,
    );
    for (const line of plan.lines.filter((l) => /Limit|Scan|Sort|Index Cond|Filter|Rows Removed|Heap Fetches/.test(l)))
      lines.push(`    ${line.trim()}`);
  }
  return lines;
}

function largeLines(large: PostgresReport["large"]): string[] {
  if ("skipped" in large) return [`large database skipped: ${large.skipped}`];
  const first = timeRatio(large.page1k, large.firstPage);
  const lines = [
    `${shortCount(large.chats)} chats (${large.membersPerChat} members each, the bench user in every chat): loaded in SQL in ${fixed(large.loadSeconds, 1)} s, VACUUM ANALYZE ${fixed(large.vacuumAnalyzeSeconds, 1)} s, database ${fixed(large.databaseBytes / 2 ** 20)} MiB (${fixed(large.databaseBytes / large.chats)} bytes per chat)`,
    `  first page: ${fixed(large.firstPage.requestsPerSecond)} req/s vs ${fixed(large.page1k.requestsPerSecond)} req/s with 1k chats → time ratio ${fixed(first, 2)}× (target ≤ ${PAGE_SCALING_TARGET}× ${verdict(first <= PAGE_SCALING_TARGET)})`,
  ];
  const deep = timeRatio(large.page1k, large.deepPage);
  lines.push(
    `  page ${large.deepPageNumber} (walked there through @odata.nextLink in ${fixed(large.walkSeconds, 1)} s): ${fixed(large.deepPage.requestsPerSecond)} req/s → time ratio ${fixed(deep, 2)}× the 1k first page (target ≤ ${PAGE_SCALING_TARGET}× ${verdict(deep <= PAGE_SCALING_TARGET)})`,
  );
  return lines;
}
