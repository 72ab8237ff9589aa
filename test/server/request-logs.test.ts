// Structured request logs: one pino line per request with the response's request-id, method, path,
// status and latency, at a level that follows the status, and never the token.
import { pino, type Level } from "pino";
import request from "supertest";
import { accessLog } from "../../src/server/http/access-log.js";
import { failingStore } from "../support/broken-stores.js";
import { bearer, member, testApp, userToken, USERS } from "./helpers.js";

interface Line {
  level: number;
  msg: string;
  requestId?: string;
  errorCode?: string;
  req?: Record<string, unknown>;
  res?: Record<string, unknown>;
  responseTime?: number;
  err?: unknown;
}

const LEVEL = { info: 30, warn: 40, error: 50 } as const;

/** A logger at `level` whose lines land in `lines`, raw and parsed. */
function capture(level: Level) {
  const raw: string[] = [];
  const logger = pino({ level }, { write: (line: string) => raw.push(line) });
  return { logger, raw, lines: () => raw.map((line) => JSON.parse(line) as Line) };
}

/** The access-log line of a response; pino-http writes it when the response finishes. */
async function lineFor(lines: () => Line[], requestId: string): Promise<Line> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = lines().find((line) => line.requestId === requestId && line.req !== undefined);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no request log line for ${requestId}`);
}

const validGroup = () => ({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });

const brokenStore = () => failingStore(new Error("store failure"));

describe("request logs at LOG_LEVEL=info", () => {
  it("writes one line per request with request-id, method, path, status and latency", async () => {
    const { logger, lines } = capture("info");
    const app = testApp({ logger });
    const res = await request(app)
      .get("/v1.0/chats?$top=5")
      .set(bearer(await userToken(USERS.megan)));
    const line = await lineFor(lines, res.headers["request-id"] ?? "");
    expect(line).toEqual({
      level: LEVEL.info,
      time: expect.any(Number),
      pid: expect.any(Number),
      hostname: expect.any(String),
      requestId: res.headers["request-id"],
      req: { method: "GET", url: "/v1.0/chats" },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      msg: "request completed",
    });
    expect(lines().filter((l) => l.requestId === res.headers["request-id"] && l.req)).toHaveLength(1);
  });

  it("logs 4xx at warn with the Graph error code", async () => {
    const { logger, lines } = capture("info");
    const res = await request(testApp({ logger })).get("/v1.0/chats");
    expect(res.status).toBe(401);
    expect(await lineFor(lines, res.headers["request-id"] ?? "")).toMatchObject({
      level: LEVEL.warn,
      errorCode: "InvalidAuthenticationToken",
      res: { statusCode: 401 },
    });
  });

  it("logs 5xx at error, the stack only in the error funnel's line", async () => {
    const { logger, lines } = capture("info");
    const res = await request(testApp({ logger, store: brokenStore() }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    expect(res.status).toBe(500);
    const line = await lineFor(lines, res.headers["request-id"] ?? "");
    expect(line).toMatchObject({ level: LEVEL.error, errorCode: "InternalServerError", res: { statusCode: 500 } });
    expect(line.err).toBeUndefined();
    const funnel = lines().find((l) => l.requestId === res.headers["request-id"] && l.req === undefined);
    expect(funnel).toMatchObject({ level: LEVEL.error, err: expect.objectContaining({ message: "store failure" }) });
  });

  it("logs requests outside the API too (docs, unknown paths)", async () => {
    const { logger, lines } = capture("info");
    const res = await request(testApp({ logger })).get("/nowhere");
    expect(await lineFor(lines, res.headers["request-id"] ?? "")).toMatchObject({
      level: LEVEL.warn,
      req: { method: "GET", url: "/nowhere" },
    });
  });

  it("never writes the token, the Authorization header, other headers, the query or the body", async () => {
    const { logger, raw } = capture("info");
    const app = testApp({ logger });
    const token = await userToken(USERS.megan);
    const forged = `${token.slice(0, -8)}AAAAAAAA`;
    await request(app)
      .post("/v1.0/chats")
      .set(bearer(token))
      .set("client-request-id", "abc")
      .send({ ...validGroup(), topic: "body-marker" });
    await request(app).get("/v1.0/chats?$filter=topic%20eq%20'query-marker'").set(bearer(token));
    await request(app).get("/v1.0/chats").set(bearer(forged));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = raw.join("");
    expect(raw.length).toBeGreaterThanOrEqual(3);
    for (const part of [...token.split("."), ...forged.split(".")]) expect(text).not.toContain(part);
    expect(text).not.toMatch(/authorization|bearer|headers|body-marker|query-marker/i);
  });
});

describe("request logs at other levels", () => {
  it("keeps only 4xx and 5xx at LOG_LEVEL=warn", async () => {
    const { logger, lines } = capture("warn");
    const app = testApp({ logger });
    const token = await userToken(USERS.megan);
    const ok = await request(app).get("/v1.0/chats").set(bearer(token));
    const bad = await request(app).get("/v1.0/chats/19:missing@thread.v2").set(bearer(token));
    expect(await lineFor(lines, bad.headers["request-id"] ?? "")).toMatchObject({ level: LEVEL.warn, res: { statusCode: 404 } });
    expect(lines().some((l) => l.requestId === ok.headers["request-id"])).toBe(false);
  });

  it("writes no request lines at LOG_LEVEL=error, only the error funnel's line for a 5xx", async () => {
    const { logger, lines } = capture("error");
    const token = await userToken(USERS.megan);
    await request(testApp({ logger })).get("/v1.0/chats/19:missing@thread.v2").set(bearer(token));
    const failed = await request(testApp({ logger, store: brokenStore() }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(token));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lines()).toEqual([
      expect.objectContaining({ level: LEVEL.error, requestId: failed.headers["request-id"], err: expect.anything() }),
    ]);
    expect(lines().some((l) => l.req !== undefined)).toBe(false);
  });

  it("leaves pino-http out entirely when the level is above warn (createApp's default is error)", () => {
    expect(accessLog(pino({ level: "error" }))).toBeUndefined();
    expect(accessLog(pino({ level: "silent" }))).toBeUndefined();
    expect(accessLog(pino({ level: "warn" }))).toEqual(expect.any(Function));
    expect(accessLog(pino({ level: "debug" }))).toEqual(expect.any(Function));
  });
});
