// The benchmark's printed table and the shape of its JSON file.
import type { SizeFigures, CallFigures } from "./client.js";
import type { LoadResult } from "./load.js";
import { notificationLines, type NotificationReport } from "./notifications/report.js";
import { postgresLines, type PostgresReport } from "./postgres/report.js";
import type { TargetName } from "./scenarios.js";

export interface Report {
  machine: { node: string; platform: string; cpus: number; cpuModel: string; memoryGiB: number };
  settings: { connections: number; durationSeconds: number; warmupSeconds: number; rounds: number };
  throughput: { scenario: string; results: Record<TargetName, LoadResult> }[];
  scaling: { page1k: LoadResult; page100k: LoadResult; storePageUs1k: number; storePageUs100k: number; heapBytesPerChat: number | null };
  notifications: NotificationReport | { skipped: string };
  postgres: PostgresReport | { skipped: string };
  /** `target`: round 2's start-up target applies to this command (older results files lack it). */
  startup: { label: string; ms: number; target?: boolean }[];
  client: { sizes: SizeFigures; calls: CallFigures };
  seconds: number;
}

/**
 * Targets of "Performance round 2"; printed beside each figure: POST /chats ≥ 0.5× bare Express and
 * ≥ 3× Prism, every measured operation ≥ 0.45× bare Express, no regression of the page-cost ratio,
 * start-up to the first 201 ≤ 1 s, the client bundle ≤ 4.1 KB min+gzip.
 */
export const TARGETS = { overPrism: 3, overBare: 0.5, everyOverBare: 0.45, scaling: 1.3, startupMs: 1000, clientKb: 4.1 } as const;

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

export function printReport(report: Report): void {
  const { machine, settings } = report;
  const lines: string[] = [];
  lines.push(`machine: ${machine.cpuModel}, ${machine.cpus} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}`);
  lines.push(
    `load: autocannon, ${settings.connections} connections, ${settings.durationSeconds} s per run after ${settings.warmupSeconds} s warm-up, ${settings.rounds} rounds in alternating order`,
  );
  lines.push("");
  lines.push("| request | target | req/s | p50 ms | p99 ms | bad answers |");
  lines.push("|---|---|---:|---:|---:|---:|");
  for (const { scenario, results } of report.throughput) {
    for (const name of ["bare", "reference", "prism"] as const) {
      const r = results[name];
      lines.push(
        `| ${scenario} | ${name} | ${fixed(r.requestsPerSecond)} | ${fixed(r.p50Ms, 1)} | ${fixed(r.p99Ms, 1)} | ${r.unexpected + r.errors} |`,
      );
    }
  }
  lines.push("");
  // CPU per request moves far less with other jobs on the machine than req/s: a steadier view of the same gap.
  lines.push(
    "| request | reference / bare Express | reference / Prism | CPU µs per request: bare, reference, Prism | bare / reference CPU |",
  );
  lines.push("|---|---:|---:|---:|---:|");
  for (const { scenario, results } of report.throughput) {
    const overBare = results.reference.requestsPerSecond / results.bare.requestsPerSecond;
    const overPrism = results.reference.requestsPerSecond / results.prism.requestsPerSecond;
    const cpu = (r: LoadResult) => (typeof r.cpuUsPerRequest === "number" ? fixed(r.cpuUsPerRequest) : "—");
    const { bare, reference } = results;
    const cpuRatio =
      typeof bare.cpuUsPerRequest === "number" && typeof reference.cpuUsPerRequest === "number"
        ? `${fixed(bare.cpuUsPerRequest / reference.cpuUsPerRequest, 2)}×`
        : "—";
    lines.push(
      `| ${scenario} | ${fixed(overBare, 2)}× | ${fixed(overPrism, 2)}× | ${cpu(bare)}, ${cpu(reference)}, ${cpu(results.prism)} | ${cpuRatio} |`,
    );
  }
  const slowest = Math.min(...report.throughput.map(({ results }) => results.reference.requestsPerSecond / results.bare.requestsPerSecond));
  lines.push(
    `every operation ≥ ${TARGETS.everyOverBare}× bare Express: lowest ${fixed(slowest, 2)}× ${verdict(slowest >= TARGETS.everyOverBare)}`,
  );
  const create = report.throughput[0]?.results;
  if (create) {
    const overBare = create.reference.requestsPerSecond / create.bare.requestsPerSecond;
    const overPrism = create.reference.requestsPerSecond / create.prism.requestsPerSecond;
    lines.push(
      `POST /chats targets: ≥ ${TARGETS.overPrism}× Prism ${verdict(overPrism >= TARGETS.overPrism)}; ≥ ${TARGETS.overBare}× bare Express ${verdict(overBare >= TARGETS.overBare)}`,
    );
  }
  const { scaling } = report;
  const httpRatio = scaling.page1k.requestsPerSecond / scaling.page100k.requestsPerSecond;
  const storeRatio = scaling.storePageUs100k / scaling.storePageUs1k;
  lines.push("");
  lines.push(
    `scaling, page of 20 chats: 1k chats ${fixed(scaling.page1k.requestsPerSecond)} req/s, 100k chats ${fixed(scaling.page100k.requestsPerSecond)} req/s → time ratio ${fixed(httpRatio, 2)}× (target ≤ ${TARGETS.scaling}× ${verdict(httpRatio <= TARGETS.scaling)})`,
  );
  lines.push(
    `  store alone: ${fixed(scaling.storePageUs1k, 2)} µs vs ${fixed(scaling.storePageUs100k, 2)} µs per page → ${fixed(storeRatio, 2)}×`,
  );
  lines.push(
    `  memory per stored chat (3 members, heap delta 1k → 100k): ${scaling.heapBytesPerChat === null ? "n/a (run without --expose-gc)" : `${fixed(scaling.heapBytesPerChat)} bytes`}`,
  );
  lines.push("");
  lines.push(...notificationLines(report.notifications));
  lines.push("");
  lines.push(...postgresLines(report.postgres, machine.cpus));
  lines.push("");
  for (const { label, ms, target } of report.startup)
    lines.push(
      `start-up to first 201, ${label}: ${fixed(ms)} ms${target ? ` (target ≤ ${TARGETS.startupMs} ms ${verdict(ms <= TARGETS.startupMs)})` : ""}`,
    );
  const { sizes, calls } = report.client;
  lines.push("");
  lines.push(
    `client size (esbuild min+gzip): ours ${fixed(sizes.oursGzipBytes / 1024, 2)} KB (target ≤ ${TARGETS.clientKb} KB ${verdict(sizes.oursGzipBytes / 1024 <= TARGETS.clientKb)}), @microsoft/microsoft-graph-client ${fixed(sizes.theirsGzipBytes / 1024, 1)} KB → ${fixed(sizes.ratio, 3)}`,
  );
  lines.push(
    `client time per GET against bare Express: fetch ${fixed(calls.fetchUs)} µs, ours ${fixed(calls.oursUs)} µs (${fixed(calls.oursUs / calls.fetchUs, 2)}× fetch), graph-client ${fixed(calls.graphClientUs)} µs (${fixed(calls.graphClientUs / calls.fetchUs, 2)}× fetch)`,
  );
  lines.push(`total ${fixed(report.seconds)} s`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
