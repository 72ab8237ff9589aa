// The prerequisites step before jest (scripts/test-prerequisites.ts) and the skip in the tests that
// need one (test/prerequisites/jest.ts): install when possible, otherwise skip with the reason and
// the command that enables them — and fail instead under REQUIRE_ALL_TESTS=1, as in CI.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { decide, enableCommand, type Situation } from "../prerequisites/decide.js";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const ROOT_WITH_APT: Situation = { root: true, aptGet: true, installAllowed: true };
const CHROMIUM = { where: undefined, needed: true, aptPackage: "chromium" };

/** Runs a command in the repository; never throws, returns the exit code and both outputs. */
async function runIn(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  // NODE_OPTIONS and REQUIRE_ALL_TESTS come from the caller only, not from the jest run around this.
  const { NODE_OPTIONS: _node, REQUIRE_ALL_TESTS: _require, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(command, args, { cwd: root, env: { ...inherited, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe("deciding about a prerequisite", () => {
  it("installs what a test needs as root with apt-get", () => {
    expect(decide(CHROMIUM, ROOT_WITH_APT)).toEqual({ kind: "install", aptPackage: "chromium" });
  });

  it.each([
    [{ ...ROOT_WITH_APT, installAllowed: false }, /TEST_PREREQUISITES=skip-install/],
    [{ ...ROOT_WITH_APT, root: false }, /needs root/],
    [{ ...ROOT_WITH_APT, aptGet: false }, /no apt-get/],
  ])("does not install, and says why, in %j", (situation, why) => {
    const decision = decide(CHROMIUM, situation);
    expect(decision.kind).toBe("missing");
    expect(decision.kind === "missing" && decision.why).toMatch(why);
  });

  it("leaves alone what is there, and what no test needs yet", () => {
    expect(decide({ ...CHROMIUM, where: "/usr/bin/chromium" }, ROOT_WITH_APT)).toEqual({ kind: "present", where: "/usr/bin/chromium" });
    expect(decide({ ...CHROMIUM, needed: false }, ROOT_WITH_APT)).toEqual({ kind: "unused" });
  });

  it("does not install a package that would not put it where the tests look (CHROMIUM_PATH elsewhere)", () => {
    expect(decide({ ...CHROMIUM, aptPackage: undefined }, ROOT_WITH_APT)).toMatchObject({ kind: "missing" });
  });

  it("names one command that enables the tests, with sudo when not root", () => {
    const chromium = { aptPackage: "chromium", otherwise: "CHROMIUM_PATH=… npm test" };
    expect(enableCommand(chromium, ROOT_WITH_APT)).toBe("apt-get update && apt-get install -y chromium");
    expect(enableCommand(chromium, { ...ROOT_WITH_APT, root: false })).toBe("sudo apt-get update && sudo apt-get install -y chromium");
    expect(enableCommand(chromium, { ...ROOT_WITH_APT, aptGet: false })).toBe("CHROMIUM_PATH=… npm test");
  });
});

describe("npm run test:prerequisites", () => {
  const step = (env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> =>
    runIn("node_modules/.bin/tsx", ["scripts/test-prerequisites.ts"], env);

  it("reports where each prerequisite is", async () => {
    const { code, output } = await step({ CHROMIUM_PATH: process.execPath, TEST_PREREQUISITES: "skip-install" });
    expect(code).toBe(0);
    expect(output).toContain(`chromium    ${process.execPath}`);
    expect(output).toMatch(/postgresql {2}/);
  });

  it("passes when a needed prerequisite is missing, naming the tests it skips and the command that enables them", async () => {
    const { code, output } = await step({ CHROMIUM_PATH: "/nonexistent/chromium", TEST_PREREQUISITES: "skip-install" });
    expect(code).toBe(0);
    expect(output).toMatch(/chromium {4}missing: .+\n {14}skipping test\/e2e\/browser\.test\.ts; enable with: CHROMIUM_PATH=/);
  });

  it("fails in the same situation under REQUIRE_ALL_TESTS=1", async () => {
    const { code, output } = await step({
      CHROMIUM_PATH: "/nonexistent/chromium",
      TEST_PREREQUISITES: "skip-install",
      REQUIRE_ALL_TESTS: "1",
    });
    expect(code).toBe(1);
    expect(output).toMatch(/REQUIRE_ALL_TESTS=1: every test must run/);
  });

  it("refuses an unknown TEST_PREREQUISITES value", async () => {
    const { code, output } = await step({ TEST_PREREQUISITES: "sometimes" });
    expect(code).toBe(2);
    expect(output).toMatch(/TEST_PREREQUISITES=sometimes is not one of: install, skip-install/);
  });
});

describe("a test file that needs a missing prerequisite", () => {
  const browserTests = (env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> =>
    runIn("node_modules/.bin/jest", ["test/e2e/browser.test.ts"], {
      NODE_OPTIONS: "--experimental-vm-modules",
      CHROMIUM_PATH: "/nonexistent/chromium",
      ...env,
    });

  it("is skipped with the reason and the command that enables it", async () => {
    const { code, output } = await browserTests({});
    expect(code).toBe(0);
    expect(output).toMatch(/Skipping: Chromium is missing \(looked for \/nonexistent\/chromium\)/);
    expect(output).toMatch(/Tests: +2 skipped, 2 total/);
  }, 60_000);

  it("fails under REQUIRE_ALL_TESTS=1", async () => {
    const { code, output } = await browserTests({ REQUIRE_ALL_TESTS: "1" });
    expect(code).toBe(1);
    expect(output).toMatch(/REQUIRE_ALL_TESTS=1: a skipped test is a failure/);
  }, 60_000);
});
