// npm run bench: the reference server against bare Express and Prism on the same machine in the
// same run, plus store scaling, change notifications, PostgreSQL figures, start-up and client figures. Ratios, not
// absolute numbers, are the results: these machines are noisy, and every target suffers the same noise.
//   npm run bench [-- --duration 5 --warmup 1 --connections 50 --rounds 2 --out FILE --quick]
//                 [-- --pg-chats 1000000 (0: no large database) --no-pg (no PostgreSQL figures)]
//                 [-- --compare previous.json (print what changed since that run's results file)]
//                 [-- --no-notifications (no change-notification figures)]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { callOverhead, clientSizes, median } from "./client.js";
import { benchUsers } from "./data.js";
import { combine, measure, type LoadResult, type LoadSettings } from "./load.js";
import { pageRequest, scenarios, type TargetName } from "./scenarios.js";
import { STARTUP_COMMANDS, timeToFirstCreate } from "./startup.js";
import { distIsCurrent } from "../dist-current.mjs";
import { startPrism, startTsChild, stopAll, type Target } from "./targets.js";
import { measurePostgres } from "./postgres/index.js";
import { measureNotifications } from "./notifications/index.js";
import { printReport, type Report } from "./report.js";
import { comparisonLines, readEarlier } from "./compare.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    connections: { type: "string", default: "50" },
    rounds: { type: "string", default: "2" },
    out: { type: "string", default: "test-artifacts/bench/results.json" },
    quick: { type: "boolean", default: false },
    "pg-chats": { type: "string", default: "1000000" },
    "no-pg": { type: "boolean", default: false },
    compare: { type: "string" },
    "no-notifications": { type: "boolean", default: false },
  },
});
const settings: LoadSettings = values.quick
  ? { durationSeconds: 1, warmupSeconds: 0, connections: 10 }
  : { durationSeconds: positive("duration"), warmupSeconds: Number(values.warmup), connections: positive("connections") };
const rounds = values.quick ? 1 : positive("rounds");
const largeChats = pgChats();
// Read first: a wrong path should not cost a whole run.
const earlier = values.compare === undefined ? undefined : readEarlier(values.compare);
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
        results[name].push(await measure(scenario.request(name, target.origin), settings, target.pid));
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
      pages[size].push(await measure(pageRequest(target.origin, String(target.info.token)), settings));
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

  const notifications: Report["notifications"] = values["no-notifications"]
    ? { skipped: "--no-notifications" }
    : await measureNotifications({ quick: values.quick, rounds, progress });

  const postgres: Report["postgres"] = values["no-pg"]
    ? { skipped: "--no-pg" }
    : await measurePostgres({ settings, rounds, progress, users: benchUsers(), large: largeChats });

  progress("start-up: process start to the first 201 on POST /chats");
  const startup: Report["startup"] = [];
  const token = String(reference.info.token);
  const body = JSON.stringify(createBody(reference.info));
  for (const command of STARTUP_COMMANDS) {
    if (command.requires && !existsSync(command.requires)) {
      progress(`start-up: ${command.label} skipped: ${command.requires} is missing (npm run build makes it)`);
      continue;
    }
    if (command.target && !distIsCurrent()) {
      progress(`start-up: ${command.label} skipped: src/ changed since dist/ was built, so it would run through tsx (npm run build)`);
      continue;
    }
    const times: number[] = [];
    for (let run = 0; run < (values.quick ? 1 : 3); run++) times.push(await timeToFirstCreate(command, token, body));
    startup.push({ label: command.label, ms: median(times), target: command.target ?? false });
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
    notifications,
    postgres,
    startup,
    client: { sizes, calls },
    seconds: (Date.now() - started) / 1000,
  };
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  printReport(report);
  if (earlier && values.compare !== undefined) process.stdout.write(`\n${comparisonLines(earlier, report, values.compare).join("\n")}\n`);
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

function createBody(info: Record<string, unknown>) {
  return scenarios(info)[0]?.body;
}

function positive(name: "duration" | "connections" | "rounds"): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 1) {
    process.stderr.write(`--${name} must be a positive integer, got '${String(values[name])}'\n`);
    process.exit(2);
  }
  return value;
}

/** Chats in PostgreSQL's large database (at least 1,000, so that page 50 exists), or why none. */
function pgChats(): number | { skipped: string } {
  if (values.quick) return { skipped: "--quick" };
  const value = Number(values["pg-chats"]);
  if (value === 0) return { skipped: "--pg-chats 0" };
  if (!Number.isInteger(value) || value < 1_000) {
    process.stderr.write(`--pg-chats must be 0 or an integer of at least 1000, got '${String(values["pg-chats"])}'\n`);
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
