// Fault settings from the environment (FAULTS inline or JSON, FAULTS_FILE) and their checks: a
// bad setting must stop the server at start, saying what is wrong.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configFromEnv } from "../../src/server/config.js";
import { FaultPlan, type FaultSettings } from "../../src/server/faults/plan.js";
import { parseFaultsText } from "../../src/server/faults/sources.js";
import { failedStart, startServer } from "../e2e/server-process.js";
import { userToken, USERS } from "./helpers.js";

async function tempFile(content: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "faults-")), "faults.json");
  await writeFile(file, content);
  return file;
}

/** The first statuses a plan gives listMyChats, for comparing two ways of configuring it. */
function statuses(plan: FaultPlan | undefined): number[] {
  if (!plan) throw new Error("no fault plan");
  return Array.from({ length: 200 }, () => plan.decide("listMyChats").fault?.status ?? 200);
}

describe("FAULTS, inline form", () => {
  it("reads rates, seed, Retry-After, latency, operations and header", () => {
    expect(
      parseFaultsText(
        "429=0.1; 503=5%; seed=42; retry-after=5; retry-after.504=2; latency=50-200; operations=getChat, listChats; header=off",
        "FAULTS",
      ),
    ).toEqual({
      rates: { 429: 0.1, 503: 0.05 },
      seed: 42,
      retryAfterSeconds: { 429: 5, 503: 5, 504: 2 },
      latencyMs: { min: 50, max: 200 },
      operationIds: ["getChat", "listChats"],
      header: false,
    });
  });

  it("lets a specific retry-after win over the general one, in either order", () => {
    expect(parseFaultsText("retry-after.503=9; retry-after=5", "FAULTS")).toEqual({ retryAfterSeconds: { 429: 5, 503: 9 } });
    expect(parseFaultsText("retry-after=5; retry-after.503=9", "FAULTS")).toEqual({ retryAfterSeconds: { 429: 5, 503: 9 } });
  });

  it("configures the same plan as the JSON form and as a FAULTS_FILE", async () => {
    const json: FaultSettings = { seed: 7, rates: { 500: 0.2, 503: 0.1 }, latencyMs: 20 };
    const inline = statuses(configFromEnv({ FAULTS: "500=0.2; 503=0.1; seed=7; latency=20" }).app.faults as FaultPlan);
    expect(statuses(configFromEnv({ FAULTS: JSON.stringify(json) }).app.faults as FaultPlan)).toEqual(inline);
    expect(statuses(configFromEnv({ FAULTS_FILE: await tempFile(JSON.stringify(json)) }).app.faults as FaultPlan)).toEqual(inline);
    expect(statuses(new FaultPlan(json))).toEqual(inline);
    expect(new Set(inline)).toEqual(new Set([200, 500, 503]));
  });

  it("turns injection on (and the x-fault header with it) only when set", () => {
    expect(configFromEnv({}).app.faults).toBeUndefined();
    expect(configFromEnv({ FAULTS: "" }).app.faults).toBeUndefined();
    const plan = configFromEnv({ FAULTS: "header=on" }).app.faults as FaultPlan;
    expect(plan.enabled).toBe(true);
    expect(plan.decide("getChat", "status=503").fault?.status).toBe(503);
  });
});

describe("FAULTS and FAULTS_FILE: refusals", () => {
  it.each([
    ["503=abc", /^FAULTS: 503=abc: 'abc' is not a number$/],
    ["418=0.1", /^FAULTS: rates: unknown status '418' \(known: 429, 500, 502, 503, 504, 507\)$/],
    ["503=1.5", /^FAULTS: rates\.503 must be a probability from 0 to 1, got 1\.5$/],
    ["503=0.6; 429=0.5", /^FAULTS: the rates add up to 1\.1; together they must be at most 1$/],
    ["503=0.1; 503=0.2", /^FAULTS: '503' is given twice$/],
    ["colour=red", /^FAULTS: unknown key 'colour'/],
    ["503", /^FAULTS: '503' is not of the form key=value$/],
    ["seed=-1", /^FAULTS: seed=-1: '-1' is not a number$/],
    ["seed=4294967296", /^FAULTS: seed must be an integer from 0 to 4294967295/],
    ["latency=300-100", /^FAULTS: latencyMs\.min \(300\) is greater than latencyMs\.max \(100\)$/],
    ["latency=200000", /^FAULTS: latencyMs must be a whole number of milliseconds from 0 to 120000/],
    ["retry-after=1.5", /^FAULTS: retryAfterSeconds\.429 must be a whole number of seconds/],
    ["retry-after.418=1", /^FAULTS: retryAfterSeconds: unknown status '418' \(known: 429, 500, 502, 503, 504, 507\)$/],
    ["retry-after.__proto__=1", /^FAULTS: retryAfterSeconds: unknown status '__proto__'/],
    ["operations=getChats", /^FAULTS: operationIds: unknown operationId 'getChats' \(the contract's are .*getChat.*\)$/],
    ["header=maybe", /^FAULTS: header=maybe: use on or off$/],
    ['{"rates": {"503": 0.1}', /^FAULTS: not valid JSON/],
    [
      '{"rate": {"503": 0.1}}',
      /^FAULTS: unknown setting 'rate' \(known: seed, rates, retryAfterSeconds, latencyMs, operationIds, header\)$/,
    ],
    ['{"latencyMs": {"min": 1}}', /^FAULTS: latencyMs\.max is missing; it must be a whole number of milliseconds from 0 to 120000$/],
    ['{"latencyMs": {"min": 1, "max": 2, "mean": 1}}', /^FAULTS: latencyMs: unknown field 'mean' \(known: min, max\)$/],
    ['{"latencyMs": {"min": -1, "max": 2}}', /^FAULTS: latencyMs\.min must be a whole number of milliseconds from 0 to 120000, got -1$/],
    ['{"latencyMs": "fast"}', /^FAULTS: latencyMs must be milliseconds or \{ "min": ms, "max": ms \}, got 'fast'$/],
    ['{"operationIds": []}', /^FAULTS: operationIds must be a non-empty list/],
    ['{"operationIds": ["getChat", 7]}', /^FAULTS: operationIds\[1\] must be an operationId, got 7$/],
    ['{"header": "yes"}', /^FAULTS: header must be true or false, got 'yes'$/],
    ['{"header": null}', /^FAULTS: header must be true or false, got null$/],
    ['{"seed": "42"}', /^FAULTS: seed must be an integer from 0 to 4294967295, got '42'$/],
    ['{"seed": 1.5}', /^FAULTS: seed must be an integer from 0 to 4294967295, got 1\.5$/],
    ['{"rates": 0.1}', /^FAULTS: rates must be an object of status → probability, like \{ "503": 0\.1 \}, got 0\.1$/],
    ['{"rates": {"503": -0.1}}', /^FAULTS: rates\.503 must be a probability from 0 to 1, got -0\.1$/],
    ['{"retryAfterSeconds": "5"}', /^FAULTS: retryAfterSeconds must be seconds or an object of status → seconds, got '5'$/],
    ['{"retryAfterSeconds": {"503": -1}}', /^FAULTS: retryAfterSeconds\.503 must be a whole number of seconds ≥ 0, got -1$/],
    ['{"retryAfterSeconds": {"418": 1}}', /^FAULTS: retryAfterSeconds: unknown status '418'/],
  ])("refuses FAULTS=%s", (value, message) => {
    expect(() => configFromEnv({ FAULTS: value })).toThrow(message);
  });

  it.each([
    ["418=0.1", '{"rates": {"418": 0.1}}'],
    ["503=1.5", '{"rates": {"503": 1.5}}'],
    ["latency=200000", '{"latencyMs": 200000}'],
    ["retry-after.503=1.5", '{"retryAfterSeconds": {"503": 1.5}}'],
  ])("refuses inline %s with the message of its JSON form %s", (inline, json) => {
    const message = (value: string) => {
      try {
        parseFaultsText(value, "FAULTS");
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error(`FAULTS=${value} was accepted`);
    };
    expect(message(inline)).toBe(message(json));
  });

  it("refuses FAULTS and FAULTS_FILE together", () => {
    expect(() => configFromEnv({ FAULTS: "503=0.1", FAULTS_FILE: "/tmp/faults.json" })).toThrow(/FAULTS and FAULTS_FILE are both set/);
  });

  it("names a missing or malformed FAULTS_FILE", async () => {
    expect(() => configFromEnv({ FAULTS_FILE: "/nonexistent/faults.json" })).toThrow(
      /^FAULTS_FILE \(\/nonexistent\/faults\.json\): cannot read the file/,
    );
    const bad = await tempFile('{ "rates": { "503": "often" } }');
    expect(() => configFromEnv({ FAULTS_FILE: bad })).toThrow(
      `FAULTS_FILE (${bad}): rates.503 must be a probability from 0 to 1, got 'often'`,
    );
    const notObject = await tempFile("[1]");
    expect(() => configFromEnv({ FAULTS_FILE: notObject })).toThrow(
      `FAULTS_FILE (${notObject}): expected an object like { "seed": 42, "rates": { "503": 0.1 } }, got [1]`,
    );
    const notJson = await tempFile("503=0.1");
    expect(() => configFromEnv({ FAULTS_FILE: notJson })).toThrow(/not valid JSON/);
  });
});

describe("FAULTS on a server started from the environment", () => {
  it("refuses to start with a bad FAULTS, saying what is wrong", async () => {
    const { code, output } = await failedStart({ FAULTS: "503=2" });
    expect(code).toBe(1);
    expect(output).toContain("FAULTS: rates.503 must be a probability from 0 to 1, got 2");
  });

  it("injects faults asked for by x-fault once FAULTS is set", async () => {
    const server = await startServer({ FAULTS: "seed=3; retry-after=4" });
    try {
      const token = await userToken(USERS.megan);
      const res = await fetch(`${server.baseUrl}/me/chats`, { headers: { Authorization: `Bearer ${token}`, "x-fault": "status=429" } });
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("4");
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("TooManyRequests");
      const fine = await fetch(`${server.baseUrl}/me/chats`, { headers: { Authorization: `Bearer ${token}` } });
      expect(fine.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
