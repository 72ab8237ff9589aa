import { readFileSync } from "node:fs";
import request from "supertest";
import { pino } from "pino";
import { parse } from "yaml";
import { createApp } from "../../src/server/app.js";
import {
  FAULT_STATUSES,
  FaultConfigError,
  FaultPlan,
  type FailNextOptions,
  type FaultSettings,
  type FaultStatus,
} from "../../src/server/faults/plan.js";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

const CODES: Record<FaultStatus, string> = {
  429: "TooManyRequests",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
  507: "InsufficientStorage",
};

/** The statuses a plan answers `count` requests to one operation with (200 = no fault). */
function statuses(plan: FaultPlan, count: number, operationId = "getChat"): number[] {
  return Array.from({ length: count }, () => plan.decide(operationId).fault?.status ?? 200);
}

describe("FaultPlan.failNext", () => {
  it("fails exactly the next N matching requests, then lets requests through", () => {
    const plan = new FaultPlan();
    plan.failNext({ count: 2, status: 503, retryAfterSeconds: 4, operationId: "getChat" });
    expect(plan.take("createChat")).toBeUndefined();
    expect(plan.take("getChat")).toEqual({ status: 503, retryAfterSeconds: 4 });
    expect(plan.take("getChat")).toEqual({ status: 503, retryAfterSeconds: 4 });
    expect(plan.take("getChat")).toBeUndefined();
  });

  it("queues schedules in order and forgets them on clear", () => {
    const plan = new FaultPlan();
    plan.failNext({ count: 1 });
    plan.failNext({ count: 1, status: 503, retryAfterSeconds: 0 });
    expect(plan.take(undefined)).toEqual({ status: 429, retryAfterSeconds: 1 });
    expect(plan.take("x")).toEqual({ status: 503, retryAfterSeconds: 0 });
    plan.failNext({ count: 5 });
    plan.clear();
    expect(plan.take("x")).toBeUndefined();
  });

  it("sends Retry-After of 1 second by default on 429 and 503 only, and the given seconds on any status", () => {
    const plan = new FaultPlan();
    for (const status of FAULT_STATUSES) plan.failNext({ count: 1, status });
    plan.failNext({ count: 1, status: 502, retryAfterSeconds: 3 });
    expect(FAULT_STATUSES.map(() => plan.take("getChat"))).toEqual([
      { status: 429, retryAfterSeconds: 1 },
      { status: 500 },
      { status: 502 },
      { status: 503, retryAfterSeconds: 1 },
      { status: 504 },
      { status: 507 },
    ]);
    expect(plan.take("getChat")).toEqual({ status: 502, retryAfterSeconds: 3 });
  });

  it.each([
    [{ count: 0 }, /count must be a positive integer/],
    [{ count: 1.5 }, /count must be a positive integer/],
    [{ count: 1, retryAfterSeconds: -1 }, /retryAfterSeconds must be a whole number/],
    [{ count: 1, status: 418 as FaultStatus }, /status must be one of 429, 500, 502, 503, 504, 507, got 418/],
    [{ count: 1, operationId: "getChats" }, /^failNext: operationId: unknown operationId 'getChats'/],
    [{}, /^failNext: count is missing; it must be a positive integer$/],
    [{ count: "2" }, /^failNext: count must be a positive integer, got '2'$/],
    [{ count: 1, status: "503" }, /^failNext: status must be one of 429, 500, 502, 503, 504, 507, got '503'$/],
    [{ count: 1, operationId: "" }, /^failNext: operationId must be an operationId of the contract, got ''$/],
    [{ count: 1, retries: 2 }, /^failNext: unknown field 'retries' \(known: count, status, retryAfterSeconds, operationId\)$/],
    [null, /^failNext: expected an object \{ count, status\?, retryAfterSeconds\?, operationId\? \}, got null$/],
  ])("refuses %j, naming the problem", (options, message) => {
    // JavaScript callers can pass anything; the checks are for them.
    expect(() => new FaultPlan().failNext(options as FailNextOptions)).toThrow(message);
    expect(() => new FaultPlan().failNext(options as FailNextOptions)).toThrow(FaultConfigError);
  });

  it("names the source it is given", () => {
    expect(() => new FaultPlan().failNext({ count: 0 }, "faults")).toThrow(/^faults: count must be a positive integer, got 0$/);
  });
});

describe("FaultPlan: random faults by rate", () => {
  const settings: FaultSettings = { seed: 42, rates: { 429: 0.1, 500: 0.05, 502: 0.05, 503: 0.1, 504: 0.05, 507: 0.05 } };

  it("gives the same statuses for the same seed and the same requests", () => {
    expect(statuses(new FaultPlan(settings), 300)).toEqual(statuses(new FaultPlan(settings), 300));
  });

  it("gives other statuses for another seed", () => {
    expect(statuses(new FaultPlan({ ...settings, seed: 43 }), 300)).not.toEqual(statuses(new FaultPlan(settings), 300));
  });

  it("honours each rate over 2,000 draws, within 3 percentage points", () => {
    const drawn = statuses(new FaultPlan(settings), 2000);
    const share = (status: number) => drawn.filter((s) => s === status).length / drawn.length;
    for (const status of FAULT_STATUSES) expect(Math.abs(share(status) - (settings.rates?.[status] ?? 0))).toBeLessThan(0.03);
    expect(Math.abs(share(200) - 0.6)).toBeLessThan(0.03);
  });

  it("never faults with all rates 0, and always with a single rate of 1", () => {
    expect(new Set(statuses(new FaultPlan({ rates: { 503: 0 } }), 500))).toEqual(new Set([200]));
    expect(new Set(statuses(new FaultPlan({ rates: { 507: 1 } }), 500))).toEqual(new Set([507]));
  });

  it("starts the sequence again on reset, and configure replaces the settings", () => {
    const plan = new FaultPlan(settings);
    const first = statuses(plan, 100);
    plan.failNext({ count: 3, status: 500 });
    plan.reset();
    expect(statuses(plan, 100)).toEqual(first);
    plan.configure({ rates: { 502: 1 } });
    expect(statuses(plan, 3)).toEqual([502, 502, 502]);
    plan.reset();
    expect(statuses(plan, 100)).toEqual(first);
  });

  it("faults only the listed operations, without shifting their faults", () => {
    const mixed = (plan: FaultPlan) =>
      Array.from({ length: 200 }, (_, i) => plan.decide(i % 2 ? "getChat" : "listChats").fault?.status ?? 200);
    const everywhere = mixed(new FaultPlan(settings));
    const restricted = mixed(new FaultPlan({ ...settings, operationIds: ["getChat"] }));
    expect(restricted.filter((_, i) => i % 2 === 0)).toEqual(new Array(100).fill(200));
    expect(restricted.filter((_, i) => i % 2 === 1)).toEqual(everywhere.filter((_, i) => i % 2 === 1));
  });

  it("sends the configured Retry-After: a number on 429 and 503, per status over the default", () => {
    expect(new FaultPlan({ rates: { 429: 1 }, retryAfterSeconds: 7 }).decide("getChat").fault).toEqual({
      status: 429,
      retryAfterSeconds: 7,
    });
    expect(new FaultPlan({ rates: { 503: 1 }, retryAfterSeconds: 7 }).decide("getChat").fault).toEqual({
      status: 503,
      retryAfterSeconds: 7,
    });
    expect(new FaultPlan({ rates: { 500: 1 }, retryAfterSeconds: 7 }).decide("getChat").fault).toEqual({ status: 500 });
    const perStatus = { rates: { 504: 1 }, retryAfterSeconds: { 504: 2 } };
    expect(new FaultPlan(perStatus).decide("getChat").fault).toEqual({ status: 504, retryAfterSeconds: 2 });
    expect(new FaultPlan({ ...perStatus, rates: { 429: 1 } }).decide("getChat").fault).toEqual({ status: 429, retryAfterSeconds: 1 });
  });

  it("puts scheduled faults before random ones", () => {
    const plan = new FaultPlan({ rates: { 500: 1 } });
    plan.failNext({ count: 1, status: 429, retryAfterSeconds: 0 });
    expect(statuses(plan, 2)).toEqual([429, 500]);
  });
});

describe("FaultPlan: latency", () => {
  it("adds a fixed latency to every request in scope, faulted or not", () => {
    const plan = new FaultPlan({ latencyMs: 250, rates: { 503: 0.5 }, operationIds: ["getChat"] });
    expect(new Set(Array.from({ length: 20 }, () => plan.decide("getChat").latencyMs))).toEqual(new Set([250]));
    expect(plan.decide("listChats").latencyMs).toBe(0);
  });

  it("draws a latency range from the seed, reproducibly and within bounds", () => {
    const draw = (seed: number) => {
      const plan = new FaultPlan({ seed, latencyMs: { min: 10, max: 20 } });
      return Array.from({ length: 200 }, () => plan.decide("getChat").latencyMs);
    };
    const latencies = draw(7);
    expect(latencies).toEqual(draw(7));
    expect(latencies).not.toEqual(draw(8));
    expect(Math.min(...latencies)).toBe(10);
    expect(Math.max(...latencies)).toBe(20);
  });

  it("adds none without settings", () => {
    expect(new FaultPlan().decide("getChat")).toEqual({ latencyMs: 0 });
  });
});

describe("FaultPlan: the x-fault header", () => {
  it("asks for a status, Retry-After and latency, before scheduled faults, which stay due", () => {
    const plan = new FaultPlan({});
    plan.failNext({ count: 1, status: 500 });
    expect(plan.decide("getChat", "status=503; retry-after=5; latency=200")).toEqual({
      latencyMs: 200,
      fault: { status: 503, retryAfterSeconds: 5 },
    });
    expect(plan.decide("getChat", "status=429")).toEqual({ latencyMs: 0, fault: { status: 429, retryAfterSeconds: 1 } });
    expect(plan.decide("getChat", "latency=30")).toEqual({ latencyMs: 30, fault: { status: 500 } });
  });

  it("is ignored without fault settings and with header: false", () => {
    expect(new FaultPlan().decide("getChat", "status=503")).toEqual({ latencyMs: 0 });
    expect(new FaultPlan({ header: false }).decide("getChat", "status=503")).toEqual({ latencyMs: 0 });
  });

  it.each([
    ["status=418", /status must be one of 429, 500, 502, 503, 504, 507/],
    ["status=503; colour=red", /unknown key 'colour'/],
    ["retry-after=5", /retry-after needs a status/],
    ["status=503; latency=999999", /latency must be a whole number of milliseconds from 0 to 120000/],
    ["status=503; status=500", /'status' is given twice/],
    ["status", /not of the form key=value/],
    ["", /give a status, a latency or both/],
    ["status=503; latency=300-100", /^x-fault header: latency\.min \(300\) is greater than latency\.max \(100\)$/],
    ["status=abc", /^x-fault header: status=abc: 'abc' is not a number$/],
  ])("refuses %j, naming the problem", (header, message) => {
    expect(() => new FaultPlan({}).decide("getChat", header)).toThrow(message);
  });
});

describe("injected faults over HTTP", () => {
  const groupBody = { chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] };

  it("answers 429 with Retry-After in the Graph envelope, then serves normally", async () => {
    const faults = new FaultPlan();
    const app = testApp({ faults });
    const token = await userToken(USERS.megan);
    faults.failNext({ count: 1, status: 429, retryAfterSeconds: 7, operationId: "createChat" });
    const throttled = await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody);
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers["retry-after"]).toBe("7");
    expect((await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody)).status).toBe(201);
  });

  it("answers 503 ServiceUnavailable, and never before authentication", async () => {
    const faults = new FaultPlan();
    const app = testApp({ faults });
    faults.failNext({ count: 1, status: 503, retryAfterSeconds: 2 });
    expectGraphError(await request(app).get("/v1.0/chats"), 401, "InvalidAuthenticationToken");
    const unavailable = await request(app)
      .get("/v1.0/chats")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(unavailable, 503, "ServiceUnavailable");
    expect(unavailable.headers["retry-after"]).toBe("2");
  });

  it.each(FAULT_STATUSES.map((status) => [status, CODES[status]] as const))("answers a scheduled %i with code %s", async (status, code) => {
    const faults = new FaultPlan();
    const app = testApp({ faults });
    faults.failNext({ count: 1, status, operationId: "listMyChats" });
    const res = await request(app)
      .get("/v1.0/me/chats")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, status, code);
    expect(res.headers["retry-after"]).toBe(status === 429 || status === 503 ? "1" : undefined);
  });

  it("answers random faults from settings given to createApp, the same way for the same seed", async () => {
    const token = await userToken(USERS.megan);
    const run = async (seed: number) => {
      const app = testApp({ faults: { seed, rates: { 500: 0.3, 504: 0.3 } } });
      const seen: number[] = [];
      for (let i = 0; i < 20; i++) seen.push((await request(app).get("/v1.0/me/chats").set(bearer(token))).status);
      return seen;
    };
    const first = await run(5);
    expect(first).toEqual(await run(5));
    expect(new Set(first)).toEqual(new Set([200, 500, 504]));
    expect(first).not.toEqual(await run(6));
  });

  it("honours x-fault when injection is on", async () => {
    const app = testApp({ faults: {} });
    const res = await request(app)
      .get("/v1.0/me/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("x-fault", "status=502; retry-after=5");
    expectGraphError(res, 502, "BadGateway");
    expect(res.headers["retry-after"]).toBe("5");
  });

  it("answers 400 naming the problem for a malformed x-fault header", async () => {
    const app = testApp({ faults: {} });
    const res = await request(app)
      .get("/v1.0/me/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("x-fault", "status=418");
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(/^x-fault header: status must be one of/);
  });

  it.each([
    ["a default app", () => createApp()],
    ["an app with only scheduled faults", () => testApp({ faults: new FaultPlan() })],
    ["an app with the admin API", () => testApp({ admin: true })],
    ["settings with header: false", () => testApp({ faults: { header: false } })],
  ])("ignores x-fault on %s", async (_what, makeApp) => {
    const res = await request(makeApp())
      .get("/v1.0/me/chats")
      .set(bearer(await userToken(USERS.megan)))
      .set("x-fault", "status=503");
    expect(res.status).toBe(200);
  });

  it("delays a request by its latency on a timer, serving other requests meanwhile", async () => {
    const app = testApp({ faults: {} });
    const token = await userToken(USERS.megan);
    const finished: string[] = [];
    const slow = request(app)
      .get("/v1.0/me/chats")
      .set(bearer(token))
      .set("x-fault", "latency=300")
      .then((res) => finished.push(`slow ${res.status}`));
    const fast = request(app)
      .get("/v1.0/me/chats")
      .set(bearer(token))
      .then((res) => finished.push(`fast ${res.status}`));
    await Promise.all([slow, fast]);
    expect(finished).toEqual(["fast 200", "slow 200"]);
  });

  it("answers the fault after the latency", async () => {
    const app = testApp({ faults: {} });
    const token = await userToken(USERS.megan);
    const finished: string[] = [];
    const slow = request(app)
      .get("/v1.0/me/chats")
      .set(bearer(token))
      .set("x-fault", "status=504; latency=300")
      .then((res) => finished.push(`slow ${res.status}`));
    const fast = request(app)
      .get("/v1.0/me/chats")
      .set(bearer(token))
      .then((res) => finished.push(`fast ${res.status}`));
    await Promise.all([slow, fast]);
    expect(finished).toEqual(["fast 200", "slow 504"]);
  });
});

describe("logging of injected faults", () => {
  it("logs an injected 503 as a request, not as a server error with a stack trace", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const faults = new FaultPlan();
    const app = testApp({ faults, logger });
    faults.failNext({ count: 1, status: 503, operationId: "listMyChats" });
    const res = await request(app)
      .get("/v1.0/me/chats")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 503, "ServiceUnavailable");
    expect(lines.filter((line) => line.err !== undefined)).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({ requestId: res.headers["request-id"], errorCode: "ServiceUnavailable", res: { statusCode: 503 } }),
    );
  });
});

describe("fault settings through /_admin/faults", () => {
  it("PUT replaces the settings and reset restores the start ones", async () => {
    const app = testApp({ admin: true });
    const token = await userToken(USERS.megan);
    expect(
      (
        await request(app)
          .put("/_admin/faults")
          .send({ rates: { 507: 1 } })
      ).status,
    ).toBe(204);
    expectGraphError(await request(app).get("/v1.0/me/chats").set(bearer(token)), 507, "InsufficientStorage");
    expect((await request(app).post("/_admin/reset")).status).toBe(204);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(200);
  });

  it("POST schedules any of the six statuses", async () => {
    const app = testApp({ admin: true });
    expect((await request(app).post("/_admin/faults").send({ count: 1, status: 504, operationId: "listMyChats" })).status).toBe(204);
    expectGraphError(
      await request(app)
        .get("/v1.0/me/chats")
        .set(bearer(await userToken(USERS.megan))),
      504,
      "GatewayTimeout",
    );
  });

  it.each([
    [{ rates: { 503: 2 } }, /faults: rates\.503 must be a probability from 0 to 1, got 2/],
    [{ rate: { 503: 0.1 } }, /faults: unknown setting 'rate'/],
    [[1], /faults: expected an object/],
    [{ seed: "42" }, /^faults: seed must be an integer from 0 to 4294967295, got '42'$/],
    [{ latencyMs: { max: 10 } }, /^faults: latencyMs\.min is missing; it must be a whole number of milliseconds/],
    [{ rates: { 503: 0.6, 429: 0.6 } }, /^faults: the rates add up to 1\.2; together they must be at most 1$/],
    [{ operationIds: ["getChats"] }, /^faults: operationIds: unknown operationId 'getChats'/],
  ])("PUT refuses %j with 400 naming the field", async (body, message) => {
    const res = await request(testApp({ admin: true }))
      .put("/_admin/faults")
      .send(body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });
});

describe("the contract documents every fault status", () => {
  const spec = parse(readFileSync(new URL("../../openapi.yaml", import.meta.url), "utf8")) as {
    paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, { $ref?: string }> }>>;
    components: {
      responses: Record<string, { content: { "application/json": { schema: { $ref: string } } }; headers: Record<string, unknown> }>;
    };
  };
  const operations = Object.values(spec.paths).flatMap((item) =>
    Object.values(item).filter((op) => typeof op === "object" && op !== null && "operationId" in op),
  );

  it("finds the contract's operations", () => {
    expect(operations.length).toBeGreaterThanOrEqual(21);
  });

  it.each(FAULT_STATUSES.map((status) => [status]))("every operation lists %i as a Graph error envelope", (status) => {
    for (const operation of operations) {
      const ref = operation.responses?.[String(status)]?.$ref;
      expect({ operationId: operation.operationId, ref }).toEqual({
        operationId: operation.operationId,
        ref: expect.stringMatching(/^#\/components\/responses\//),
      });
      const response = spec.components.responses[ref!.replace("#/components/responses/", "")];
      expect(response?.content["application/json"].schema.$ref).toBe("#/components/schemas/odataError");
    }
  });

  it("documents Retry-After and the RateLimit headers on 429", () => {
    expect(Object.keys(spec.components.responses.TooManyRequests!.headers)).toEqual(
      expect.arrayContaining(["Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"]),
    );
  });
});
