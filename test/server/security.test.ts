// Security: headers on every response, nothing secret or internal in error bodies, and the
// unauthenticated admin API closed unless asked for.
import request from "supertest";
import { pino } from "pino";
import { startServer } from "../../src/server/listen.js";
import { API_CONTENT_SECURITY_POLICY, DOCS_CONTENT_SECURITY_POLICY } from "../../src/server/http/security-headers.js";
import { failingStore } from "../support/broken-stores.js";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

type App = ReturnType<typeof testApp>;

const validGroup = () => ({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });
const policy = (header: string | undefined) =>
  (header ?? "")
    .split(";")
    .map((d) => d.trim())
    .filter(Boolean)
    .join("; ");

const brokenStore = () =>
  failingStore(new TypeError("Cannot read properties of undefined (reading 'members') at /srv/app/src/server/store/memory.ts:42:7"));

function expectApiSecurityHeaders(res: request.Response): void {
  expect(res.headers["x-content-type-options"]).toBe("nosniff");
  expect(policy(res.headers["content-security-policy"])).toBe(API_CONTENT_SECURITY_POLICY);
  expect(res.headers["referrer-policy"]).toBe("no-referrer");
  expect(res.headers["x-frame-options"]).toBe("DENY");
  expect(res.headers["cross-origin-resource-policy"]).toBe("same-origin");
  expect(res.headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(res.headers["cache-control"]).toBe("no-store");
  // A local server must not pin browsers to HTTPS for localhost.
  expect(res.headers["strict-transport-security"]).toBeUndefined();
  expect(res.headers["x-powered-by"]).toBeUndefined();
}

describe("security headers", () => {
  const cases: [string, (app: App, token: string) => request.Test, number][] = [
    ["a list (200)", (app, token) => request(app).get("/v1.0/chats").set(bearer(token)), 200],
    ["a create (201)", (app, token) => request(app).post("/v1.0/chats").set(bearer(token)).send(validGroup()), 201],
    [
      "a malformed body (400)",
      (app, token) => request(app).post("/v1.0/chats").set(bearer(token)).set("Content-Type", "application/json").send("{"),
      400,
    ],
    ["a missing token (401)", (app) => request(app).get("/v1.0/chats"), 401],
    ["an unknown path (404)", (app) => request(app).get("/nothing/here"), 404],
    ["a wrong method (405)", (app) => request(app).delete("/v1.0/chats"), 405],
    [
      "a body over the limit (413)",
      (app, token) =>
        request(app)
          .post("/v1.0/chats")
          .set(bearer(token))
          .send({ topic: "x".repeat(2_000_000) }),
      413,
    ],
    ["the contract (openapi.json)", (app) => request(app).get("/openapi.json"), 200],
  ];

  it.each(cases)("are on %s", async (_name, send, status) => {
    const res = await send(testApp(), await userToken(USERS.megan));
    expect(res.status).toBe(status);
    expectApiSecurityHeaders(res);
  });

  it("are on a 500 too", async () => {
    const res = await request(testApp({ store: brokenStore() }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    expect(res.status).toBe(500);
    expectApiSecurityHeaders(res);
  });

  it("give Swagger UI under /docs a policy for its own scripts, styles and images", async () => {
    const res = await request(testApp()).get("/docs/");
    expect(policy(res.headers["content-security-policy"])).toBe(DOCS_CONTENT_SECURITY_POLICY);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["strict-transport-security"]).toBeUndefined();
  });

  it("keep the strict policy for paths that merely start with 'docs'", async () => {
    const res = await request(testApp()).get("/docsomething");
    expect(policy(res.headers["content-security-policy"])).toBe(API_CONTENT_SECURITY_POLICY);
  });
});

describe("errors never echo secrets", () => {
  const forgeries: [string, () => Promise<string>][] = [
    [
      "a token with a changed payload",
      async () => {
        const [header, , signature] = (await userToken(USERS.megan, "Chat.Read")).split(".");
        const payload = Buffer.from(
          JSON.stringify({ oid: USERS.megan, scp: "Chat.ReadWrite secret-scope-marker", exp: 9_999_999_999 }),
        ).toString("base64url");
        return `${header}.${payload}.${signature}`;
      },
    ],
    [
      "a token with a made-up signature",
      async () => {
        const [header, payload] = (await userToken(USERS.megan)).split(".");
        return `${header}.${payload}.${Buffer.from("forged-signature-marker-0123456789").toString("base64url")}`;
      },
    ],
    ["a token that is not a JWT", async () => "secret-password-marker-do-not-echo"],
    ["a token with three garbage parts", async () => "c2VjcmV0LWhlYWRlcg.c2VjcmV0LXBheWxvYWQ.c2VjcmV0LXNpZ25hdHVyZQ"],
  ];

  it.each(forgeries)("answers %s with 401 and none of its parts", async (_name, forge) => {
    const token = await forge();
    const res = await request(testApp()).post("/v1.0/chats").set(bearer(token)).send(validGroup());
    expectGraphError(res, 401, "InvalidAuthenticationToken");
    const everything = `${JSON.stringify(res.headers)}${res.text}`;
    for (const part of token.split(".")) expect(everything).not.toContain(part);
    expect(everything).not.toMatch(/marker/);
  });

  it("answers an exception in a handler with a 500 envelope and nothing of the exception", async () => {
    const res = await request(testApp({ store: brokenStore() }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 500, "InternalServerError");
    expect(Object.keys(res.body)).toEqual(["error"]);
    expect(Object.keys(res.body.error).sort()).toEqual(["code", "innerError", "message"]);
    expect(res.text).not.toMatch(/TypeError|Cannot read|memory\.ts|\/srv\/|\bat \S+ \(|stack/);
  });

  it("answers a thrown non-Error the same way", async () => {
    const res = await request(testApp({ store: failingStore("raw string thrown from deep inside") }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    expectGraphError(res, 500, "InternalServerError");
    expect(res.text).not.toContain("raw string");
  });

  it("keeps the exception for the log, with the response's request-id", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => lines.push(line) });
    const res = await request(testApp({ store: brokenStore(), logger }))
      .get("/v1.0/chats/19:x@thread.v2")
      .set(bearer(await userToken(USERS.megan)));
    const logged = lines.map((line) => JSON.parse(line) as { requestId?: string; err?: { message?: string } });
    expect(logged).toContainEqual(
      expect.objectContaining({
        requestId: res.headers["request-id"],
        err: expect.objectContaining({ message: expect.stringMatching(/Cannot read/) }),
      }),
    );
  });
});

describe("the admin API", () => {
  it("is closed on a server started without admin: /_admin/* is an unknown path", async () => {
    const server = await startServer({ logger: pino({ level: "silent" }) });
    try {
      for (const [method, path] of [
        ["GET", "/_admin/requests"],
        ["POST", "/_admin/reset"],
        ["PUT", "/_admin/directory"],
        ["POST", "/_admin/faults"],
      ] as const) {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { "Content-Type": "application/json" },
          ...(method !== "GET" && { body: "{}" }),
        });
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NotFound");
      }
    } finally {
      await server.close();
    }
  });
});
