// `npm run bench -- --compare previous.json`: this run beside an earlier run's results file.
// Ratios (against bare Express and Prism measured in the same run) are the figures that survive
// the machine's noise; absolute times are shown too, for what has no in-run baseline (start-up,
// sizes). An earlier file may lack sections a later bench added: those figures show as "—".
import { readFileSync } from "node:fs";
import type { LoadResult } from "./load.js";
import type { Report } from "./report.js";

/** What an earlier run's file may hold: any part may be missing. */
type Earlier = DeepPartial<Report>;
type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

interface Figure {
  readonly name: string;
  readonly before: number | undefined;
  readonly after: number | undefined;
  readonly unit: string;
  /** Which way is an improvement. */
  readonly better: "higher" | "lower";
  readonly digits: number;
}

/** Reads a results file written by `npm run bench` (its `--out`); throws naming the file when it is not one. */
export function readEarlier(path: string): Earlier {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`--compare ${path}: not a readable JSON file (${(error as Error).message})`, { cause: error });
  }
  if (typeof parsed !== "object" || parsed === null || !Array.isArray((parsed as { throughput?: unknown }).throughput)) {
    throw new Error(`--compare ${path}: not a results file of npm run bench (no "throughput")`);
  }
  return parsed;
}

export function comparisonLines(earlier: Earlier, now: Report, path: string): string[] {
  const lines = [`compared with ${path}:`, "", "| figure | before | now | change |", "|---|---:|---:|---:|"];
  for (const figure of figures(earlier, now)) {
    const { before, after } = figure;
    const show = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? "—" : `${n.toFixed(figure.digits)}${figure.unit}`);
    lines.push(`| ${figure.name} | ${show(before)} | ${show(after)} | ${change(figure)} |`);
  }
  return lines;
}

function change({ before, after, better }: Figure): string {
  if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after) || before === 0) return "—";
  const percent = ((after - before) / before) * 100;
  if (Math.abs(percent) < 0.5) return "±0%";
  const improved = better === "higher" ? percent > 0 : percent < 0;
  return `${percent > 0 ? "+" : ""}${percent.toFixed(0)}% (${improved ? "better" : "worse"})`;
}

function figures(earlier: Earlier, now: Report): Figure[] {
  const list: Figure[] = [];
  const ratio = (a: DeepPartial<LoadResult> | undefined, b: DeepPartial<LoadResult> | undefined) =>
    a?.requestsPerSecond !== undefined && b?.requestsPerSecond ? a.requestsPerSecond / b.requestsPerSecond : undefined;
  for (const { scenario, results } of now.throughput) {
    const old = earlier.throughput?.find((t) => t?.scenario === scenario)?.results;
    const x = { unit: "×", better: "higher", digits: 2 } as const;
    list.push({
      name: `${scenario}: reference / bare Express`,
      before: ratio(old?.reference, old?.bare),
      after: ratio(results.reference, results.bare),
      ...x,
    });
    list.push({
      name: `${scenario}: reference / Prism`,
      before: ratio(old?.reference, old?.prism),
      after: ratio(results.reference, results.prism),
      ...x,
    });
    list.push({
      name: `${scenario}: reference p99`,
      before: old?.reference?.p99Ms,
      after: results.reference.p99Ms,
      unit: " ms",
      better: "lower",
      digits: 1,
    });
  }
  // Time per page with 100k chats over 1k: rates inverted.
  list.push({
    name: "page of chats, 100k / 1k chats (time)",
    before: ratio(earlier.scaling?.page1k, earlier.scaling?.page100k),
    after: ratio(now.scaling.page1k, now.scaling.page100k),
    unit: "×",
    better: "lower",
    digits: 2,
  });
  list.push({
    name: "heap per stored chat",
    before: earlier.scaling?.heapBytesPerChat ?? undefined,
    after: now.scaling.heapBytesPerChat ?? undefined,
    unit: " B",
    better: "lower",
    digits: 0,
  });
  for (const { label, ms } of now.startup) {
    const before = earlier.startup?.find((s) => s?.label === label)?.ms;
    list.push({ name: `start-up to first 201, ${label}`, before, after: ms, unit: " ms", better: "lower", digits: 0 });
  }
  list.push({
    name: "client bundle (min+gzip)",
    before: kb(earlier.client?.sizes?.oursGzipBytes),
    after: kb(now.client.sizes.oursGzipBytes),
    unit: " KB",
    better: "lower",
    digits: 2,
  });
  list.push(...notificationFigures(earlier, now));
  return list;
}

function notificationFigures(earlier: Earlier, now: Report): Figure[] {
  if (!("scenarios" in now.notifications)) return [];
  const old = earlier.notifications && "scenarios" in earlier.notifications ? earlier.notifications.scenarios : undefined;
  const list: Figure[] = [];
  const sendOf = (s: { subscriber?: unknown; send?: { perSecond?: number } } | undefined) => s?.send?.perSecond;
  const nowBase = sendOf(now.notifications.scenarios.find((s) => s.subscriber === null && s.receiverDelayMs === 0));
  const oldBase = sendOf(old?.find((s) => s?.subscriber === null && s.receiverDelayMs === 0));
  for (const scenario of now.notifications.scenarios) {
    if (scenario.subscriber === null) continue;
    const before = old?.find((s) => s?.scenario === scenario.scenario);
    const share = (send: number | undefined, base: number | undefined) => (send !== undefined && base ? send / base : undefined);
    list.push({
      name: `notifications, ${scenario.scenario}: sends / no subscription`,
      before: share(sendOf(before), oldBase),
      after: share(scenario.send.perSecond, nowBase),
      unit: "×",
      better: "higher",
      digits: 2,
    });
    // A slow receiver's run is not waited for: its latencies are of the few that came while sending.
    if (!scenario.delivery?.waitedForAll || !scenario.delivery.fromAnswerMs) continue;
    list.push({
      name: `notifications, ${scenario.scenario}: 201 → receipt p99`,
      before: before?.delivery?.fromAnswerMs?.p99,
      after: scenario.delivery.fromAnswerMs.p99,
      unit: " ms",
      better: "lower",
      digits: 0,
    });
  }
  return list;
}

function kb(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / 1024;
}
