// Graph's throttling model: token-bucket math on a fake clock, the rules' keys (app, user, chat),
// and the 429 answers with Retry-After and RateLimit-* headers over HTTP.
import type { CanonicalOperationId } from "../../src/shared/operations.js";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import request from "supertest";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { configFromEnv } from "../../src/server/config.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { FaultPlan } from "../../src/server/faults/plan.js";
import { startServer } from "../../src/server/listen.js";
import { TokenBucket } from "../../src/server/throttling/bucket.js";
import { GRAPH_LIMITS, resolveLimits, ThrottlingConfigError } from "../../src/server/throttling/limits.js";
import { Throttle, type ThrottleRequest } from "../../src/server/throttling/model.js";
import { appToken, bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

/** A monotonic clock that only moves when told. */
function fakeClock() {
  let now = 1_000;
  return { clock: () => now, advance: (ms: number) => (now += ms) };
}

const APP = "11111111-0000-0000-0000-000000000001";
const req = (operationId: CanonicalOperationId, extra: Partial<ThrottleRequest> = {}): ThrottleRequest => ({
  operationId,
  tenantId: DEMO_TENANT_ID,
  appId: APP,
  ...extra,
});

/** Admitted (true) or refused (false), for `count` identical requests at the same instant. */
function outcomes(throttle: Throttle, request: ThrottleRequest, count: number): boolean[] {
  return Array.from({ length: count }, () => throttle.check(request).allowed);
}

describe("TokenBucket", () => {
  it("starts full, empties one token per take, and refills at its rate up to its capacity", () => {
    const bucket = new TokenBucket(5, 5 / 1000, 0);
    expect(bucket.remaining(0)).toBe(5);
    for (let i = 0; i < 5; i++) bucket.take(0);
    expect(bucket.hasToken(0)).toBe(false);
    expect(bucket.msUntilToken(0)).toBeCloseTo(200);
    expect(bucket.msUntilFull(0)).toBeCloseTo(1000);
    expect(bucket.remaining(199)).toBe(0);
    expect(bucket.remaining(200)).toBe(1);
    expect(bucket.remaining(10_000)).toBe(5);
  });

  it("counts a token refilled over exactly its period as whole despite binary fractions", () => {
    const bucket = new TokenBucket(4, 4 / 60_000, 0);
    for (let i = 0; i < 4; i++) bucket.take(0);
    expect(bucket.hasToken(14_999)).toBe(false);
    expect(bucket.hasToken(15_000)).toBe(true);
  });

  it("mints nothing when the clock steps back", () => {
    const bucket = new TokenBucket(1, 1 / 1000, 5_000);
    bucket.take(5_000);
    expect(bucket.hasToken(4_000)).toBe(false);
    expect(bucket.hasToken(6_000)).toBe(true);
  });
});

describe("Throttle: Graph's limits", () => {
  it("admits 5 chat lists per second per user, then refuses with Retry-After until a token is back", () => {
    const { clock, advance } = fakeClock();
    const throttle = new Throttle({ clock });
    expect(outcomes(throttle, req("listMyChats", { userId: USERS.megan }), 5)).toEqual([true, true, true, true, true]);
    const refused = throttle.check(req("listMyChats", { userId: USERS.megan }));
    expect(refused).toMatchObject({
      allowed: false,
      rule: "listChatsPerUser",
      retryAfterSeconds: 1,
      rateLimit: { limit: 5, remaining: 0, resetSeconds: 1 },
    });
    advance(199);
    expect(throttle.check(req("listMyChats", { userId: USERS.megan })).allowed).toBe(false);
    advance(1);
    expect(outcomes(throttle, req("listMyChats", { userId: USERS.megan }), 2)).toEqual([true, false]);
  });

  it("counts each user apart, and all users of an app together at 10 per second", () => {
    const throttle = new Throttle({ clock: fakeClock().clock });
    const users = Array.from({ length: 11 }, (_, i) => `user-${i}`);
    const results = users.map((userId) => throttle.check(req("listUserChats", { userId })));
    expect(results.map((r) => r.allowed)).toEqual([...new Array(10).fill(true), false]);
    expect(results[10]).toMatchObject({ rule: "listChatsPerApp", rateLimit: { limit: 10, remaining: 0 } });
    expect(throttle.check(req("listUserChats", { userId: "user-0", appId: "another-app" })).allowed).toBe(true);
  });

  it("admits 4 member changes per chat per minute, the 5th waiting 15 seconds", () => {
    const { clock, advance } = fakeClock();
    const throttle = new Throttle({ clock });
    const ops: CanonicalOperationId[] = ["addChatMember", "removeChatMember", "addChatMembers", "removeChatMembers"];
    expect(ops.map((op) => throttle.check(req(op, { chatId: "19:a@thread.v2" })).allowed)).toEqual([true, true, true, true]);
    expect(throttle.check(req("addChatMember", { chatId: "19:a@thread.v2" }))).toMatchObject({
      allowed: false,
      rule: "membersPerChat",
      retryAfterSeconds: 15,
      rateLimit: { limit: 4, remaining: 0, resetSeconds: 60 },
    });
    expect(throttle.check(req("addChatMember", { chatId: "19:b@thread.v2" })).allowed).toBe(true);
    advance(15_000);
    expect(outcomes(throttle, req("addChatMember", { chatId: "19:a@thread.v2" }), 2)).toEqual([true, false]);
  });

  it("admits 1 message per second per chat and 20 per second per app", () => {
    const throttle = new Throttle({ clock: fakeClock().clock });
    expect(outcomes(throttle, req("sendChatMessage", { chatId: "19:a@thread.v2" }), 2)).toEqual([true, false]);
    const others = Array.from({ length: 20 }, (_, i) => throttle.check(req("sendChatMessage", { chatId: `19:${i}@thread.v2` })));
    expect(others.map((r) => r.allowed)).toEqual([...new Array(19).fill(true), false]);
    expect(others[19]).toMatchObject({ rule: "sendMessagePerApp" });
  });

  it("admits 30 calls per second per app across operations", () => {
    const throttle = new Throttle({ clock: fakeClock().clock });
    expect(outcomes(throttle, req("getChat", { chatId: "19:a@thread.v2" }), 31)).toEqual([...new Array(30).fill(true), false]);
    expect(throttle.check(req("listChatMembers", { chatId: "19:a@thread.v2" }))).toMatchObject({ allowed: false, rule: "app" });
    expect(throttle.check(req("getChat", { tenantId: "another-tenant" })).allowed).toBe(true);
  });

  it("takes nothing from any bucket for a refused request", () => {
    const throttle = new Throttle({ clock: fakeClock().clock });
    expect(outcomes(throttle, req("listMyChats", { userId: "u" }), 55).filter(Boolean)).toHaveLength(5);
    // Only the 5 admitted lists count against the app's 10 lists per second: 5 other users get in.
    const others = ["v", "w", "x", "y", "z", "zz"].map((userId) => throttle.check(req("listMyChats", { userId })));
    expect(others.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(others[5]).toMatchObject({ rule: "listChatsPerApp" });
    expect(throttle.check(req("getChat")).rateLimit).toEqual({ limit: 30, remaining: 19, resetSeconds: 1 });
  });

  it("reports the tightest bucket on admitted requests", () => {
    const throttle = new Throttle({ clock: fakeClock().clock });
    expect(throttle.check(req("listMyChats", { userId: "u" }))).toEqual({
      allowed: true,
      rateLimit: { limit: 5, remaining: 4, resetSeconds: 1 },
    });
    expect(throttle.check(req("getChat"))).toEqual({ allowed: true, rateLimit: { limit: 30, remaining: 28, resetSeconds: 1 } });
  });

  it("forgets every bucket on reset", () => {
    const throttle = new Throttle({ clock: fakeClock().clock });
    outcomes(throttle, req("sendChatMessage", { chatId: "c" }), 1);
    throttle.reset();
    expect(throttle.check(req("sendChatMessage", { chatId: "c" })).allowed).toBe(true);
  });
});

describe("throttling limits", () => {
  it("are Graph's published ones by default", () => {
    expect(resolveLimits(undefined, "x")).toEqual(GRAPH_LIMITS);
    expect(GRAPH_LIMITS).toMatchObject({
      app: { limit: 30, perSeconds: 1 },
      listChatsPerUser: { limit: 5 },
      listChatsPerApp: { limit: 10 },
      membersPerChat: { limit: 4, perSeconds: 60 },
    });
  });

  it("override rule by rule and field by field; null turns a rule off", () => {
    const limits = resolveLimits({ listChatsPerUser: { limit: 2 }, membersPerChat: { burst: 8 }, app: null }, "x");
    expect(limits.listChatsPerUser).toEqual({ limit: 2, perSeconds: 1, burst: 2 });
    expect(limits.membersPerChat).toEqual({ limit: 4, perSeconds: 60, burst: 8 });
    expect(limits.app).toBeNull();
    const throttle = new Throttle({ clock: fakeClock().clock, limits: { app: null, sendMessagePerChat: { limit: 3, perSeconds: 10 } } });
    expect(outcomes(throttle, req("sendChatMessage", { chatId: "c" }), 4)).toEqual([true, true, true, false]);
    expect(throttle.check(req("sendChatMessage", { chatId: "c" }))).toMatchObject({ retryAfterSeconds: 4 });
    expect(outcomes(throttle, req("getChat"), 100).every(Boolean)).toBe(true);
  });

  it.each([
    [[], /expected an object of rule/],
    [{ perUser: { limit: 1 } }, /unknown rule 'perUser' \(known: app, listChatsPerApp/],
    [{ app: { limit: 0 } }, /app\.limit must be a whole number ≥ 1, got 0/],
    [{ app: { perSeconds: -1 } }, /app\.perSeconds must be a number > 0, got -1/],
    [{ app: { burst: 1.5 } }, /app\.burst must be a whole number ≥ 1, got 1\.5/],
    [{ app: { rate: 3 } }, /app: unknown field 'rate'/],
    [{ app: 30 }, /app must be an object \{ limit, perSeconds, burst \} or null/],
    [{ app: { limit: "5" } }, /^throttling\.limits: app\.limit must be a whole number ≥ 1, got '5'$/],
    [{ app: { perSeconds: 0 } }, /^throttling\.limits: app\.perSeconds must be a number > 0, got 0$/],
    [{ app: { perSeconds: Infinity } }, /^throttling\.limits: app\.perSeconds must be a number > 0, got Infinity$/],
    [
      { listChatsPerUser: { limit: 2, window: 1 } },
      /^throttling\.limits: listChatsPerUser: unknown field 'window' \(known: limit, perSeconds, burst\)$/,
    ],
    [
      { membersPerChat: [] },
      /^throttling\.limits: membersPerChat must be an object \{ limit, perSeconds, burst \} or null \(off\), got \[\]$/,
    ],
    [null, /^throttling\.limits: expected an object of rule/],
  ])("refuse %j, naming the rule and field", (overrides, message) => {
    expect(() => resolveLimits(overrides, "throttling.limits")).toThrow(message);
    expect(() => resolveLimits(overrides, "throttling.limits")).toThrow(ThrottlingConfigError);
  });
});

describe("THROTTLING and THROTTLING_LIMITS", () => {
  async function tempFile(content: string): Promise<string> {
    const file = join(await mkdtemp(join(tmpdir(), "throttling-")), "limits.json");
    await writeFile(file, content);
    return file;
  }

  it("are off by default and with THROTTLING=off", () => {
    expect(configFromEnv({}).app.throttling).toBeUndefined();
    expect(configFromEnv({ THROTTLING: "off" }).app.throttling).toBeUndefined();
  });

  it("THROTTLING=graph uses Graph's limits, THROTTLING_LIMITS overrides them", async () => {
    expect((configFromEnv({ THROTTLING: "graph" }).app.throttling as Throttle).limits).toEqual(GRAPH_LIMITS);
    const file = await tempFile(JSON.stringify({ listChatsPerUser: { limit: 2 } }));
    expect((configFromEnv({ THROTTLING: "graph", THROTTLING_LIMITS: file }).app.throttling as Throttle).limits.listChatsPerUser).toEqual({
      limit: 2,
      perSeconds: 1,
      burst: 2,
    });
  });

  it("refuse bad values, naming the variable and the problem", async () => {
    expect(() => configFromEnv({ THROTTLING: "yes" })).toThrow("THROTTLING must be 'graph' or 'off', got 'yes'");
    expect(() => configFromEnv({ THROTTLING_LIMITS: "/tmp/limits.json" })).toThrow(
      /THROTTLING_LIMITS is set but THROTTLING is not 'graph'/,
    );
    expect(() => configFromEnv({ THROTTLING: "graph", THROTTLING_LIMITS: "/nonexistent/limits.json" })).toThrow(
      /^THROTTLING_LIMITS \(\/nonexistent\/limits\.json\): cannot read the file/,
    );
    const notJson = await tempFile("{");
    expect(() => configFromEnv({ THROTTLING: "graph", THROTTLING_LIMITS: notJson })).toThrow(/not valid JSON/);
    const wrongType = await tempFile(JSON.stringify({ app: { limit: "30" } }));
    expect(() => configFromEnv({ THROTTLING: "graph", THROTTLING_LIMITS: wrongType })).toThrow(
      `THROTTLING_LIMITS (${wrongType}): app.limit must be a whole number ≥ 1, got '30'`,
    );
    const unknownRule = await tempFile(JSON.stringify({ everything: null }));
    expect(() => configFromEnv({ THROTTLING: "graph", THROTTLING_LIMITS: unknownRule })).toThrow(
      `THROTTLING_LIMITS (${unknownRule}): unknown rule 'everything'`,
    );
  });
});

describe("throttling over HTTP", () => {
  const groupBody = { chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] };

  it("answers the 6th listMyChats within a second 429 with Retry-After and RateLimit-* headers", async () => {
    const { clock, advance } = fakeClock();
    const app = testApp({ throttling: { clock } });
    const token = await userToken(USERS.megan);
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const ok = await request(app).get("/v1.0/me/chats").set(bearer(token));
      expect(ok.status).toBe(200);
      expect(ok.headers["ratelimit-limit"]).toBe("5");
      remaining.push(ok.headers["ratelimit-remaining"] as string);
    }
    expect(remaining).toEqual(["4", "3", "2", "1", "0"]);
    const throttled = await request(app).get("/v1.0/me/chats").set(bearer(token));
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers).toMatchObject({
      "retry-after": "1",
      "ratelimit-limit": "5",
      "ratelimit-remaining": "0",
      "ratelimit-reset": "1",
    });
    expect(throttled.body.error.message).toMatch(/listing one user's chats is 5 per second .*Retry after 1 second\./);
    advance(200);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(200);
  });

  it("does not throttle another user for the first user's calls", async () => {
    const app = testApp({ throttling: { clock: fakeClock().clock } });
    const megan = await userToken(USERS.megan);
    for (let i = 0; i < 5; i++) await request(app).get("/v1.0/chats").set(bearer(megan));
    expect((await request(app).get("/v1.0/chats").set(bearer(megan))).status).toBe(429);
    const lynne = await request(app)
      .get("/v1.0/chats")
      .set(bearer(await userToken(USERS.lynne)));
    expect(lynne.status).toBe(200);
    expect(lynne.headers["ratelimit-remaining"]).toBe("4");
  });

  it("counts /users/{id}/chats by the listed user, whether named by id or UPN", async () => {
    const app = testApp({ throttling: { clock: fakeClock().clock } });
    const token = await appToken(["Chat.Read.All"]);
    const paths = ["/v1.0/users/alex@contoso.com/chats", `/v1.0/users/${USERS.alex}/chats`, "/v1.0/users/ALEX@contoso.com/chats"];
    for (let i = 0; i < 5; i++)
      expect(
        (
          await request(app)
            .get(paths[i % 3]!)
            .set(bearer(token))
        ).status,
      ).toBe(200);
    expectGraphError(await request(app).get(paths[2]!).set(bearer(token)), 429, "TooManyRequests");
    expect((await request(app).get(`/v1.0/users/${USERS.jacob}/chats`).set(bearer(token))).status).toBe(200);
  });

  it("answers the 5th member change to a chat within a minute 429, waiting 15 seconds", async () => {
    const app = testApp({ throttling: { clock: fakeClock().clock } });
    const token = await userToken(USERS.megan);
    const chat = await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody);
    expect(chat.status).toBe(201);
    const members = `/v1.0/chats/${encodeURIComponent(chat.body.id)}/members`;
    for (const user of [USERS.adele, USERS.isaiah, USERS.jacob, USERS.alex]) {
      expect((await request(app).post(members).set(bearer(token)).send(member(user))).status).toBe(201);
    }
    const throttled = await request(app).post(members).set(bearer(token)).send(member(USERS.guest, "guest"));
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers).toMatchObject({
      "retry-after": "15",
      "ratelimit-limit": "4",
      "ratelimit-remaining": "0",
      "ratelimit-reset": "60",
    });
    expect(throttled.body.error.message).toMatch(/is 4 per 60 seconds \(rule 'membersPerChat'\)\. Retry after 15 seconds\./);
  });

  it("answers a 2nd message to one chat within a second 429, other chats unaffected", async () => {
    const { clock, advance } = fakeClock();
    const app = testApp({ throttling: { clock } });
    const token = await userToken(USERS.megan);
    const chats = [];
    for (let i = 0; i < 2; i++) chats.push((await request(app).post("/v1.0/chats").set(bearer(token)).send(groupBody)).body.id as string);
    const send = (chatId: string) =>
      request(app)
        .post(`/v1.0/chats/${encodeURIComponent(chatId)}/messages`)
        .set(bearer(token))
        .send({ body: { content: "hi" } });
    expect((await send(chats[0]!)).status).toBe(201);
    const throttled = await send(chats[0]!);
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers["retry-after"]).toBe("1");
    expect((await send(chats[1]!)).status).toBe(201);
    advance(1_000);
    expect((await send(chats[0]!)).status).toBe(201);
  });

  it("keys the application by the token's azp claim", async () => {
    const app = testApp({ throttling: { clock: fakeClock().clock, limits: { app: { limit: 2 } } } });
    const token = (appId?: string) =>
      mintDevToken({ kind: "user", userId: USERS.megan, tenantId: DEMO_TENANT_ID, ...(appId && { appId }) });
    const first = await token();
    for (let i = 0; i < 2; i++) expect((await request(app).get("/v1.0/chats").set(bearer(first))).status).toBe(200);
    expect(
      (
        await request(app)
          .get("/v1.0/chats")
          .set(bearer(await token()))
      ).status,
    ).toBe(429);
    expect(
      (
        await request(app)
          .get("/v1.0/chats")
          .set(bearer(await token("22222222-0000-0000-0000-000000000002")))
      ).status,
    ).toBe(200);
  });

  it("uses configured limits", async () => {
    const app = testApp({ throttling: { clock: fakeClock().clock, limits: { listChatsPerUser: { limit: 2 } } } });
    const token = await userToken(USERS.megan);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(200);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(200);
    const throttled = await request(app).get("/v1.0/me/chats").set(bearer(token));
    expectGraphError(throttled, 429, "TooManyRequests");
    expect(throttled.headers["ratelimit-limit"]).toBe("2");
  });

  it("is off by default: no 429 and no RateLimit headers", async () => {
    const app = testApp();
    const token = await userToken(USERS.megan);
    for (let i = 0; i < 12; i++) {
      const res = await request(app).get("/v1.0/me/chats").set(bearer(token));
      expect(res.status).toBe(200);
      expect(res.headers["ratelimit-limit"]).toBeUndefined();
    }
  });

  it("never throttles before authentication", async () => {
    const app = testApp({ throttling: { clock: fakeClock().clock, limits: { app: { limit: 1 } } } });
    for (let i = 0; i < 3; i++) expectGraphError(await request(app).get("/v1.0/me/chats"), 401, "InvalidAuthenticationToken");
    expect(
      (
        await request(app)
          .get("/v1.0/me/chats")
          .set(bearer(await userToken(USERS.megan)))
      ).status,
    ).toBe(200);
  });

  it("runs before fault injection: a throttled request leaves a scheduled fault due", async () => {
    const faults = new FaultPlan();
    const app = testApp({ faults, throttling: { clock: fakeClock().clock, limits: { listChatsPerUser: { limit: 1 } } } });
    const megan = await userToken(USERS.megan);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(megan))).status).toBe(200);
    faults.failNext({ count: 1, status: 503 });
    expect((await request(app).get("/v1.0/me/chats").set(bearer(megan))).status).toBe(429);
    expect(
      (
        await request(app)
          .get("/v1.0/me/chats")
          .set(bearer(await userToken(USERS.lynne)))
      ).status,
    ).toBe(503);
  });

  it("refills every bucket on reset", async () => {
    const app = testApp({ admin: true, throttling: { clock: fakeClock().clock, limits: { listChatsPerUser: { limit: 1 } } } });
    const token = await userToken(USERS.megan);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(200);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(429);
    expect((await request(app).post("/_admin/reset")).status).toBe(204);
    expect((await request(app).get("/v1.0/me/chats").set(bearer(token))).status).toBe(200);
  });

  it("works through the harness, whose reset refills the buckets", async () => {
    const server = await startServer({
      throttling: { clock: fakeClock().clock, limits: { listChatsPerUser: { limit: 1 } } },
      faults: { header: true },
    });
    try {
      const get = async () => fetch(`${server.baseUrl}/me/chats`, { headers: bearer(await server.token(USERS.megan)) });
      expect((await get()).status).toBe(200);
      const throttled = await get();
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get("retry-after")).toBe("1");
      await server.reset();
      expect((await get()).status).toBe(200);
      expect(server.faults.enabled).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("refuses bad limits given to createApp", () => {
    expect(() => testApp({ throttling: { limits: { app: { limit: -1 } } } })).toThrow(
      "throttling.limits: app.limit must be a whole number ≥ 1, got -1",
    );
  });
});
