// `npm test`'s first step (npm run test:prerequisites): what some tests need beyond `npm ci`
// (test/prerequisites/table.ts) is checked and, as root with apt-get, installed when missing. What
// is still missing is reported with the tests it skips and the one command that enables them; under
// REQUIRE_ALL_TESTS=1 (.ci/run) that is a failure here, before jest has spent minutes.
// `--skip-install` (or TEST_PREREQUISITES=skip-install) only checks.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { decide, enableCommand, requireAllTests, type Decision, type Situation } from "../test/prerequisites/decide.js";
import { currentSituation } from "../test/prerequisites/situation.js";
import { PREREQUISITES } from "../test/prerequisites/table.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// Another apt-get on this machine (another checkout's tests) holds dpkg's lock: wait for it.
const APT_LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=300"];

let situation: Situation;
try {
  const { values } = parseArgs({ options: { "skip-install": { type: "boolean", default: false } }, strict: true });
  situation = currentSituation({ skipInstall: values["skip-install"] });
} catch (error) {
  console.error(`test-prerequisites: ${(error as Error).message}\nusage: tsx scripts/test-prerequisites.ts [--skip-install]`);
  process.exit(2);
}

const checked = PREREQUISITES.map((entry) => {
  const needed = entry.neededBy.filter((file) => existsSync(`${root}${file}`));
  return { entry, needed, decision: decide({ where: entry.locate(), needed: needed.length > 0, aptPackage: entry.aptPackage }, situation) };
});

const installs = checked.flatMap((item) => (item.decision.kind === "install" ? [{ item, aptPackage: item.decision.aptPackage }] : []));
if (installs.length > 0) {
  const failure = aptInstall(installs.map(({ item, aptPackage }) => ({ aptPackage, installCost: item.entry.installCost })));
  for (const { item } of installs) {
    const where = item.entry.locate();
    item.decision = where !== undefined ? { kind: "present", where } : { kind: "missing", why: failure ?? "apt-get did not provide it" };
  }
}

let failed = false;
console.log("test prerequisites:");
for (const { entry, needed, decision } of checked) {
  console.log(`  ${entry.name.padEnd(11)} ${summary(decision, needed)}`);
  if (decision.kind !== "missing") continue;
  console.log(`  ${"".padEnd(11)} skipping ${needed.join(", ")}; enable with: ${enableCommand(entry, situation)}`);
  failed ||= requireAllTests();
}
if (failed) {
  console.error("REQUIRE_ALL_TESTS=1: every test must run, so a missing prerequisite is a failure.");
  process.exitCode = 1;
}

function summary(decision: Decision, needed: string[]): string {
  switch (decision.kind) {
    case "present":
      return `${decision.where}${needed.length > 0 ? "" : " (no test needs it yet)"}`;
    case "unused":
      return "missing; no test needs it yet";
    case "missing":
      return `missing: ${decision.why}`;
    case "install":
      return "not installed";
  }
}

/** One apt-get run for everything missing; returns why it failed, or undefined. */
function aptInstall(entries: { aptPackage: string; installCost: string }[]): string | undefined {
  const packages = entries.map((entry) => entry.aptPackage);
  const cost = entries.map((entry) => `${entry.aptPackage}: ${entry.installCost}`).join("; ");
  console.log(`installing ${packages.join(" ")} with apt-get (${cost})…`);
  const started = Date.now();
  for (const args of [
    [...APT_LOCK_WAIT, "update"],
    [...APT_LOCK_WAIT, "install", "-y", ...packages],
  ]) {
    const run = spawnSync("apt-get", args, {
      encoding: "utf8",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) {
      const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n").slice(-10).join("\n");
      console.error(`apt-get ${args.slice(APT_LOCK_WAIT.length).join(" ")} failed:\n${output || run.error?.message}`);
      return `apt-get ${args[APT_LOCK_WAIT.length]} failed (${run.error?.message ?? `exit ${run.status}`})`;
    }
  }
  console.log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return undefined;
}
