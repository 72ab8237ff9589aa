// npm run bench: the reference server against bare Express and Prism on the same machine in the
// same run, plus store scaling, start-up and client figures. Ratios, not absolute numbers, are
// the results: these machines are noisy, and every target suffers the same noise.
//   npm run bench [-- --duration 5 --warmup 1 --connections 50 --rounds 2 --out FILE --quick]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { callOverhead, clientSizes, median } from "./client.js";
import { measure, type LoadRequest, type LoadResult, type LoadSettings } from "./load.js";
import { scenarios, type TargetName } from "./scenarios.js";
import { STARTUP_COMMANDS, timeToFirstCreate } from "./startup.js";
import { startPrism, startTsChild, stopAll, type Target } from "./targets.js";
import { printReport, type Report } from "./report.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    connections: { type: "string", default: "50" },
    rounds: { type: "string", default: "2" },
    out: { type: "string", default: "test-artifacts/bench/results.json" },
    quick: { type: "boolean", default: false },
  },
});
const settings: LoadSettings = values.quick
  ? { durationSeconds: 1, warmupSeconds: 0, connections: 10 }
  : { durationSeconds: positive("duration"), warmupSeconds: Number(values.warmup), connections: positive("connections") };
const rounds = values.quick ? 1 : positive("rounds");
const started = Date.now();
const progress = (text: string) => process.stdout.write(`› [${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);

const targets: Partial<Record<TargetName, Target>> = {};
try {
  progress("starting bare Express, the reference server and Prism");
  const reference = await startAll(targets, {
    bare: () => startTsChild("bare.ts"),
    reference: () => startTsChild("reference.ts"),
    prism: startPrism,
  });
  const throughput: Report["throughput"] = [];
  for (const scenario of scenarios(reference.info)) {
    const results: Record<TargetName, LoadResult[]> = { bare: [], reference: [], prism: [] };
    for (let round = 0; round < rounds; round++) {
      const order: TargetName[] = round % 2 === 0 ? ["bare", "reference", "prism"] : ["prism", "reference", "bare"];
      for (const name of order) {
        const target = targets[name];
        if (!target) continue;
        progress(`${scenario.name}: ${name}, round ${round + 1}/${rounds}`);
        results[name].push(await measure(scenario.request(name, target.origin), settings));
      }
    }
    throughput.push({
      scenario: scenario.name,
      results: { bare: combine(results.bare), reference: combine(results.reference), prism: combine(results.prism) },
    });
  }
  await Promise.all(Object.values(targets).map((target) => target?.stop()));

  progress("scaling: reference servers with 1,000 and 100,000 chats in the store");
  const [small, large] = await Promise.all([
    startTsChild("reference.ts", ["--chats", "1000"], ["--expose-gc"]),
    startTsChild("reference.ts", ["--chats", "100000"], ["--expose-gc"]),
  ]);
  const pages: Record<"small" | "large", LoadResult[]> = { small: [], large: [] };
  for (let round = 0; round < rounds; round++) {
    for (const size of round % 2 === 0 ? (["small", "large"] as const) : (["large", "small"] as const)) {
      const target = size === "small" ? small : large;
      progress(`scaling: page of chats with ${size === "small" ? "1,000" : "100,000"} chats, round ${round + 1}/${rounds}`);
      pages[size].push(await measure(pageRequest(target), settings));
    }
  }
  const scaling: Report["scaling"] = {
    page1k: combine(pages.small),
    page100k: combine(pages.large),
    storePageUs1k: Number(small.info.storePageUs),
    storePageUs100k: Number(large.info.storePageUs),
    heapBytesPerChat:
      small.info.heapBytes === null || large.info.heapBytes === null
        ? null
        : (Number(large.info.heapBytes) - Number(small.info.heapBytes)) / 99_000,
  };
  await Promise.all([small.stop(), large.stop()]);

  progress("start-up: process start to the first 201 on POST /chats");
  const startup: Report["startup"] = [];
  const token = String(reference.info.token);
  const body = JSON.stringify(createBody(reference.info));
  for (const command of STARTUP_COMMANDS) {
    if (command.requires && !existsSync(command.requires)) {
      progress(`start-up: ${command.label} skipped: ${command.requires} is missing (npm run build makes it)`);
      continue;
    }
    const times: number[] = [];
    for (let run = 0; run < (values.quick ? 1 : 3); run++) times.push(await timeToFirstCreate(command, token, body));
    startup.push({ label: command.label, ms: median(times) });
    progress(`start-up: ${command.label} ${median(times).toFixed(0)} ms`);
  }

  progress("client: bundle sizes (esbuild, minified + gzip) and time per call against bare Express");
  const sizes = await clientSizes();
  const bare = await startTsChild("bare.ts");
  const calls = await callOverhead(
    bare.origin,
    "19:bench-0000000000000000000000000000000@thread.v2",
    values.quick ? 200 : 2_000,
    values.quick ? 2 : 5,
  );
  await bare.stop();

  const report: Report = {
    machine: machine(),
    settings: { ...settings, rounds },
    throughput,
    scaling,
    startup,
    client: { sizes, calls },
    seconds: (Date.now() - started) / 1000,
  };
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  process.stdout.write(`raw results: ${out}\n`);
} finally {
  await stopAll();
}

/** Starts the targets side by side; on any failure the ones that did start are still stopped. */
async function startAll(into: Partial<Record<TargetName, Target>>, starters: Record<TargetName, () => Promise<Target>>): Promise<Target> {
  const names = Object.keys(starters) as TargetName[];
  const settled = await Promise.allSettled(names.map((name) => starters[name]()));
  settled.forEach((result, i) => {
    const name = names[i];
    if (result.status === "fulfilled" && name) into[name] = result.value;
  });
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
  if (!into.reference) throw new Error("the reference server did not start");
  return into.reference;
}

function pageRequest(target: Target): LoadRequest {
  return {
    url: `${target.origin}/v1.0/me/chats?$top=20`,
    method: "GET",
    headers: { authorization: `Bearer ${String(target.info.token)}` },
    expectStatus: 200,
  };
}

function createBody(info: Record<string, unknown>) {
  return scenarios(info)[0]?.body;
}

/** Rounds of one target folded into one figure: mean throughput, mean percentiles, sums. */
function combine(results: readonly LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number) => results.reduce((sum, r) => sum + pick(r), 0) / Math.max(results.length, 1);
  const sum = (pick: (r: LoadResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    requests: sum((r) => r.requests),
    unexpected: sum((r) => r.unexpected),
    errors: sum((r) => r.errors),
  };
}

function positive(name: "duration" | "connections" | "rounds"): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} must be a positive integer, got '${String(values[name])}'\n`);
    process.exit(2);
  }
  return value;
}

function machine(): Report["machine"] {
  const list = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: list.length,
    cpuModel: list[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
  };
}
