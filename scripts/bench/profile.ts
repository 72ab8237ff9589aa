// npm run profile [-- --scenario 0 --seconds 8 --connections 20]: the reference server (as the
// bench runs it) under `node --cpu-prof` while autocannon drives one of the bench's requests, then
// a summary of where its CPU time went: by package or folder, and by function. The .cpuprofile is
// kept in test-artifacts/profile/ — open it in Chrome DevTools (Performance) or speedscope.app for
// the flame graph. Start-up is left out of the summary: only the measured run counts.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { scenarios } from "./scenarios.js";
import { summarize } from "./profile-summary.js";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "0" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "20" },
  },
});
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const dir = `${ROOT}test-artifacts/profile`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const child = spawn(
  process.execPath,
  ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--cpu-prof-interval", "200", "--import", "tsx", "scripts/bench/servers/reference.ts"],
  { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
);
const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
const info = JSON.parse(line) as Record<string, unknown>;
const scenario = scenarios(info)[Number(values.scenario)];
if (!scenario) throw new Error(`no scenario ${values.scenario}; 0–${scenarios(info).length - 1}`);
const request = scenario.request("reference", `http://127.0.0.1:${String(info.port)}`);
const load = (duration: number) =>
  autocannon({
    ...request,
    connections: Number(values.connections),
    duration,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
// Warm up (first requests compile validators), then mark where the measured run starts.
await load(2);
const measuredFrom = performance.now();
const result = await load(Number(values.seconds));
const stoppedAt = performance.now();
child.kill("SIGTERM");
await new Promise((resolve) => child.once("exit", resolve));
const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
if (!file) throw new Error("the server wrote no profile");
console.log(`${scenario.name}: ${result.requests.average.toFixed(0)} req/s, ${result.non2xx} non-2xx`);
// The profile's clock is the server's; the measured run is its last (stoppedAt - measuredFrom) ms.
console.log(summarize(JSON.parse(readFileSync(`${dir}/${file}`, "utf8")) as Parameters<typeof summarize>[0], stoppedAt - measuredFrom));
console.log(`\nprofile: test-artifacts/profile/${file} (flame graph: Chrome DevTools → Performance → Load profile, or speedscope.app)`);
