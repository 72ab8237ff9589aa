// The /_admin API: off unless asked for, and then reset, directory, requests and faults over HTTP.
import { jest } from "@jest/globals";
import { pino, type Logger } from "pino";
import request from "supertest";
import { configFromEnv } from "../../src/server/config.js";
import { Directory } from "../../src/server/directory/directory.js";
import { FaultPlan } from "../../src/server/faults/plan.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { RequestLog } from "../../src/server/http/request-log.js";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

const groupBody = () => ({ chatType: "group", topic: "Launch", members: [member(USERS.megan), member(USERS.lynne)] });
const otherTenant = {
  tenantId: "aaaaaaaa-0000-0000-0000-000000000001",
  users: [{ id: "11111111-0000-0000-0000-000000000001", userPrincipalName: "ann@example.com", displayName: "Ann" }],
};

describe("the admin API when not enabled", () => {
  it.each([
    ["get", "/_admin/requests"],
    ["post", "/_admin/reset"],
    ["put", "/_admin/directory"],
    ["post", "/_admin/faults"],
    ["get", "/_admin/deliveries"],
    ["post", "/_admin/time"],
  ] as const)("answers %s %s exactly like an unknown path", async (method, path) => {
    const app = testApp();
    const res = await request(app)[method](path).send({});
    expectGraphError(res, 404, "NotFound");
    const unknown = await request(app)[method](path.replace("_admin", "_nothing")).send({});
    expect(res.body.error.message).toBe(unknown.body.error.message);
  });

  it("stays off when ADMIN_API is unset or 0, and refuses nonsense values", () => {
    expect(configFromEnv({}).app.admin).toBeUndefined();
    expect(configFromEnv({ ADMIN_API: "0" }).app.admin).toBeUndefined();
    expect(() => configFromEnv({ ADMIN_API: "yes" })).toThrow(/ADMIN_API must be 1, true, 0 or false/);
  });
});

describe("the admin API when enabled", () => {
  it("is turned on by ADMIN_API=1 through the environment's configuration", async () => {
    const config = configFromEnv({ ADMIN_API: "1" });
    expect(config.app.admin).toBe(true);
    expect((await request(testApp(config.app)).get("/_admin/requests")).status).toBe(200);
  });

  it("lists received requests with bodies and statuses, never the Authorization header", async () => {
    const app = testApp({ admin: true });
    const token = await userToken(USERS.megan);
    await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody());
    await request(app).get("/v1.0/chats?$top=5").set(bearer(token));
    await request(app).post("/v1.0/chats").set(bearer(token)).send({ chatType: "group", members: [] });
    const res = await request(app).get("/_admin/requests");
    expect(res.status).toBe(200);
    expect(res.body.value).toMatchObject([
      { method: "POST", path: "/v1.0/chats", query: "", status: 201, body: groupBody() },
      { method: "GET", path: "/v1.0/chats", query: "$top=5", status: 200 },
      { method: "POST", path: "/v1.0/chats", status: 400, errorCode: "BadRequest", body: { chatType: "group", members: [] } },
    ]);
    expect(res.body.value[0].errorCode).toBeUndefined();
    expect(res.body.value[1].body).toBeUndefined();
    expect(res.body.value[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(res.body)).not.toContain(token);
    expect(JSON.stringify(res.body)).not.toMatch(/authorization|bearer/i);
  });

  it("resets chats, faults and recorded requests (204)", async () => {
    const app = testApp({ admin: true });
    const token = await userToken(USERS.megan);
    const created = await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody());
    expect((await request(app).post("/_admin/faults").send({ count: 1, status: 503 })).status).toBe(204);
    const reset = await request(app).post("/_admin/reset");
    expect(reset.status).toBe(204);
    expect(reset.text).toBe("");
    expectGraphError(await request(app).get(`/v1.0/chats/${created.body.id}`).set(bearer(token)), 404, "NotFound");
    const list = await request(app).get("/v1.0/chats").set(bearer(token));
    expect(list.status).toBe(200);
    expect(list.body.value).toEqual([]);
    const log = (await request(app).get("/_admin/requests")).body.value as { path: string }[];
    expect(log.map((r) => r.path)).toEqual([`/v1.0/chats/${created.body.id}`, "/v1.0/chats"]);
  });

  it("schedules faults with POST /_admin/faults", async () => {
    const app = testApp({ admin: true });
    const token = await userToken(USERS.megan);
    expect(
      (await request(app).post("/_admin/faults").send({ count: 1, status: 429, retryAfterSeconds: 9, operationId: "listChats" })).status,
    ).toBe(204);
    const throttled = await request(app).get("/v1.0/chats").set(bearer(token));
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers["retry-after"]).toBe("9");
    expect((await request(app).get("/v1.0/chats").set(bearer(token))).status).toBe(200);
  });

  it.each([
    [{}, /^faults: count is missing; it must be a positive integer$/],
    [{ count: 0 }, /^faults: count must be a positive integer, got 0$/],
    [{ count: 1, status: 418 }, /^faults: status must be one of 429, 500, 502, 503, 504, 507, got 418$/],
    [{ count: 1, retryAfterSeconds: "1" }, /^faults: retryAfterSeconds must be a whole number of seconds ≥ 0, got '1'$/],
    [{ count: 1, operationId: 3 }, /^faults: operationId must be an operationId of the contract, got 3$/],
    [{ count: 1, operationId: "getChats" }, /^faults: operationId: unknown operationId 'getChats'/],
    [{ count: 1, statusCode: 503 }, /^faults: unknown field 'statusCode' \(known: count, status, retryAfterSeconds, operationId\)$/],
    [[1], /^faults: expected an object \{ count, status\?, retryAfterSeconds\?, operationId\? \}, got \[1\]$/],
  ])("refuses fault options %j with 400 in the Graph envelope, naming the field", async (body, message) => {
    const res = await request(testApp({ admin: true }))
      .post("/_admin/faults")
      .send(body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });

  it("replaces the directory with PUT /_admin/directory: new users get in, old users get 401", async () => {
    const app = testApp({ admin: true });
    const oldToken = await userToken(USERS.megan);
    expect((await request(app).put("/_admin/directory").send(otherTenant)).status).toBe(204);
    expectGraphError(await request(app).get("/v1.0/chats").set(bearer(oldToken)), 401, "InvalidAuthenticationToken");
    const ann = await mintDevToken({ kind: "user", userId: otherTenant.users[0]!.id, tenantId: otherTenant.tenantId });
    expect((await request(app).get("/v1.0/chats").set(bearer(ann))).status).toBe(200);
    // Reset returns to the directory the app started with.
    expect((await request(app).post("/_admin/reset")).status).toBe(204);
    expect((await request(app).get("/v1.0/chats").set(bearer(oldToken))).status).toBe(200);
  });

  it.each([
    ["not an object", "[]", /expected an object/],
    ["no tenant", JSON.stringify({ users: [] }), /tenantId/],
    ["a user without a UPN", JSON.stringify({ tenantId: "t", users: [{ id: "1", displayName: "x" }] }), /users\[0\]\.userPrincipalName/],
    ["a duplicate user", JSON.stringify({ tenantId: "t", users: [otherTenant.users[0], otherTenant.users[0]] }), /duplicate user key/],
    [
      "a user with a number for a name",
      JSON.stringify({ tenantId: "t", users: [{ ...otherTenant.users[0], displayName: 5 }] }),
      /^directory: users\[0\]\.displayName must be a non-empty string, got 5$/,
    ],
    ["an unknown field", JSON.stringify({ ...otherTenant, groups: [] }), /^directory: unknown field 'groups' \(known: tenantId, users\)$/],
    ["malformed JSON", "{", /Unable to read JSON/],
  ])("refuses a directory with %s: 400 in the Graph envelope, directory unchanged", async (_name, text, message) => {
    const app = testApp({ admin: true });
    const res = await request(app).put("/_admin/directory").set("Content-Type", "application/json").send(text);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
    expect(
      (
        await request(app)
          .get("/v1.0/chats")
          .set(bearer(await userToken(USERS.megan)))
      ).status,
    ).toBe(200);
  });

  it("refuses a directory sent without a JSON body", async () => {
    const res = await request(testApp({ admin: true }))
      .put("/_admin/directory")
      .set("Content-Type", "text/plain")
      .send("users");
    expectGraphError(res, 400, "BadRequest");
  });

  it("keeps only the last entries of a bounded request log", async () => {
    const log = new RequestLog(3);
    const app = testApp({ admin: true, recordRequests: log });
    for (const n of [1, 2, 3, 4, 5]) await request(app).get(`/v1.0/chats/n${n}`);
    const res = await request(app).get("/_admin/requests");
    expect((res.body.value as { path: string }[]).map((r) => r.path)).toEqual(["/v1.0/chats/n3", "/v1.0/chats/n4", "/v1.0/chats/n5"]);
  });
});

describe("the admin API's errors", () => {
  /** A logger whose error lines the test can read. */
  function capturedLogger(): { logger: Logger; lines: string[] } {
    const lines: string[] = [];
    return { logger: pino({ level: "error" }, { write: (line: string) => lines.push(line) }), lines };
  }

  const INTERNAL = "pending queue corrupted at slot 7";

  class BrokenPlan extends FaultPlan {
    override failNext(): void {
      throw new TypeError(INTERNAL);
    }
    override configure(): void {
      throw new RangeError(INTERNAL);
    }
  }

  it.each([
    ["post", "/_admin/faults", { count: 1 }],
    ["put", "/_admin/faults", { seed: 1 }],
  ] as const)("answers an unexpected exception in %s %s with a logged 500 that does not echo it", async (method, path, body) => {
    const { logger, lines } = capturedLogger();
    const app = request(testApp({ admin: true, logger, faults: new BrokenPlan() }));
    const res = await app[method](path).send(body);
    expectGraphError(res, 500, "InternalServerError");
    expect(res.body.error.message).toBe("An unexpected error occurred. Quote the request-id when reporting it.");
    expect(JSON.stringify(res.body)).not.toContain("corrupted");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 50, err: { message: INTERNAL }, url: path });
  });

  it("answers an unexpected exception while reading a directory with a logged 500", async () => {
    const { logger, lines } = capturedLogger();
    const parse = jest.spyOn(Directory, "parse").mockImplementation(() => {
      throw new Error(INTERNAL);
    });
    try {
      const res = await request(testApp({ admin: true, logger }))
        .put("/_admin/directory")
        .send(otherTenant);
      expectGraphError(res, 500, "InternalServerError");
      expect(JSON.stringify(res.body)).not.toContain("corrupted");
      expect(lines.join("\n")).toContain(INTERNAL);
    } finally {
      parse.mockRestore();
    }
  });

  it("answers a bad body with 400 naming the field, and logs no error", async () => {
    const { logger, lines } = capturedLogger();
    const app = testApp({ admin: true, logger });
    const failNext = await request(app).post("/_admin/faults").send({ count: 2, status: "503" });
    expectGraphError(failNext, 400, "BadRequest");
    expect(failNext.body.error.message).toBe("faults: status must be one of 429, 500, 502, 503, 504, 507, got '503'");
    const settings = await request(app)
      .put("/_admin/faults")
      .send({ latencyMs: { min: 10, max: "20" } });
    expectGraphError(settings, 400, "BadRequest");
    expect(settings.body.error.message).toBe("faults: latencyMs.max must be a whole number of milliseconds from 0 to 120000, got '20'");
    expect(lines).toEqual([]);
  });
});

describe("the admin API's clock and delivery journal", () => {
  it("moves the clock forward with POST /_admin/time: later writes carry the later time", async () => {
    const app = testApp({ admin: true, clock: () => new Date("2026-01-01T00:00:00Z") });
    const token = await userToken(USERS.megan, "Chat.Create Chat.ReadWrite");
    expect((await request(app).post("/_admin/time").send({ advance: "2h" })).status).toBe(204);
    expect((await request(app).post("/_admin/time").send({ advance: 60_000 })).status).toBe(204);
    const created = await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody());
    expect(created.status).toBe(201);
    expect(created.body.createdDateTime).toBe("2026-01-01T02:01:00.000Z");
  });

  it.each([
    [{}, /"advance"/],
    [{ advance: "soon" }, /advanceTime must be a duration like/],
    [{ advance: -5 }, /time only moves forward/],
    [{ advance: "5m", extra: 1 }, /The body must be/],
    [[1], /The body must be/],
  ])("refuses %j with 400 naming what is wrong", async (body, message) => {
    const res = await request(testApp({ admin: true }))
      .post("/_admin/time")
      .send(body);
    expectGraphError(res, 400, "BadRequest");
    expect(res.body.error.message).toMatch(message);
  });

  it("lists no deliveries on a fresh server", async () => {
    const res = await request(testApp({ admin: true })).get("/_admin/deliveries");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ value: [] });
  });
});

describe("RequestLog", () => {
  it("holds at most its capacity (1,000 by default), dropping the oldest", () => {
    const log = new RequestLog();
    for (let i = 0; i < 2500; i++)
      log.add({ method: "GET", path: `/${i}`, query: "", status: 200, body: undefined, requestId: `${i}`, time: "" });
    const list = log.list();
    expect(list).toHaveLength(1000);
    expect(list[0]?.path).toBe("/1500");
    expect(list[999]?.path).toBe("/2499");
  });

  it("refuses a capacity that is not a positive integer", () => {
    expect(() => new RequestLog(0)).toThrow(/capacity/);
  });
});
