// Swagger UI at /docs: the page and its files, their caching, and the development tokens behind its
// "Act as" user picker (which must not exist when the server verifies real tokens).
import { Script } from "node:vm";
import { decodeJwt } from "jose";
import { pino } from "pino";
import request from "supertest";
import { createControlledApp } from "../../src/server/app.js";
import { Directory } from "../../src/server/directory/directory.js";
import { DOCS_SCRIPT } from "../../src/server/docs/docs-script.js";
import { loadSpec, type SpecOperation } from "../../src/server/spec.js";
import { bearer, expectGraphError, member, testApp, USERS } from "./helpers.js";

const DELEGATED_SCOPES = [
  "Chat.ReadBasic",
  "Chat.Read",
  "Chat.ReadWrite",
  "Chat.Create",
  "ChatMember.Read",
  "ChatMember.ReadWrite",
  "ChatMessage.Send",
];
const JWKS = {
  mode: "jwks",
  jwksUrl: "http://127.0.0.1:9/keys",
  issuer: "https://login.example/tenant/v2.0",
  audience: "api://graph-chat",
} as const;

interface DevToken {
  token: string;
  user: { id: string; userPrincipalName: string; displayName: string };
  scopes: string[];
  expiresOn: string;
}

describe("GET /docs/dev-token", () => {
  it("mints a token for a demo user that the API accepts, with every delegated scope of the contract", async () => {
    const app = testApp();
    const before = Date.now();
    const res = await request(app).get("/docs/dev-token").query({ user: "jacob@contoso.com" });
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    const body = res.body as DevToken;
    expect(body.user).toEqual({ id: USERS.jacob, userPrincipalName: "jacob@contoso.com", displayName: "Jacob Hancock" });
    expect(body.scopes).toEqual(DELEGATED_SCOPES);
    const claims = decodeJwt(body.token);
    expect(claims).toMatchObject({ oid: USERS.jacob, scp: DELEGATED_SCOPES.join(" ") });
    expect(Date.parse(body.expiresOn)).toBe((claims.exp ?? 0) * 1000);
    expect(Date.parse(body.expiresOn) - before).toBeGreaterThan(3590_000);

    // Chat.Create, ChatMessage.Send and ChatMember.Read all come with it.
    const created = await request(app)
      .post("/v1.0/chats")
      .set(bearer(body.token))
      .send({ chatType: "group", topic: "Docs", members: [member(USERS.jacob), member(USERS.alex)] });
    expect(created.status).toBe(201);
    const chat = encodeURIComponent((created.body as { id: string }).id);
    expect(
      (
        await request(app)
          .post(`/v1.0/chats/${chat}/messages`)
          .set(bearer(body.token))
          .send({ body: { content: "hi" } })
      ).status,
    ).toBe(201);
    expect((await request(app).get(`/v1.0/chats/${chat}/members`).set(bearer(body.token))).status).toBe(200);
  });

  it("grants, for every operation open to a signed-in user, a scope that operation accepts", async () => {
    const { scopes } = (await request(testApp()).get("/docs/dev-token").query({ user: USERS.megan })).body as DevToken;
    const operations = Object.values(loadSpec().document.paths).flatMap((item) =>
      Object.values(item).filter(
        (value): value is SpecOperation => typeof value === "object" && value !== null && "x-permissions" in value,
      ),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      const accepted = operation["x-permissions"]?.delegated ?? [];
      if (accepted.length > 0)
        expect([operation.operationId, accepted.some((scope) => scopes.includes(scope))]).toEqual([operation.operationId, true]);
    }
  });

  it("grants only the scopes asked for, to try a missing permission", async () => {
    const app = testApp();
    const res = await request(app).get("/docs/dev-token").query({ user: "MeganB@contoso.com", scopes: "Chat.Read" });
    expect((res.body as DevToken).scopes).toEqual(["Chat.Read"]);
    const refused = await request(app)
      .post("/v1.0/chats")
      .set(bearer((res.body as DevToken).token))
      .send({ chatType: "group", members: [member(USERS.megan), member(USERS.alex)] });
    expectGraphError(refused, 403, "Forbidden");
  });

  it("answers an unknown or missing user and malformed scopes in Graph's error envelope", async () => {
    const app = testApp();
    const unknown = await request(app).get("/docs/dev-token").query({ user: "nobody@contoso.com" });
    expectGraphError(unknown, 404, "NotFound");
    expect((unknown.body as { error: { message: string } }).error.message).toMatch(/nobody@contoso\.com/);
    expectGraphError(await request(app).get("/docs/dev-token"), 400, "BadRequest");
    expectGraphError(
      await request(app).get("/docs/dev-token").query({ user: "jacob@contoso.com", scopes: "Chat.Read;drop" }),
      400,
      "BadRequest",
    );
  });

  it("follows the directory the server holds now", async () => {
    const { app, control } = createControlledApp({ logger: pino({ level: "silent" }) });
    await control.loadDirectory(
      Directory.parse({
        tenantId: "0f0f0f0f-0000-4000-8000-000000000001",
        users: [{ id: "u-1", userPrincipalName: "kim@example.com", displayName: "Kim" }],
      }),
    );
    const config = await request(app).get("/docs/config.json");
    expect((config.body as { devTokens: { users: unknown[] } }).devTokens.users).toEqual([
      { id: "u-1", userPrincipalName: "kim@example.com", displayName: "Kim" },
    ]);
    const res = await request(app).get("/docs/dev-token").query({ user: "kim@example.com" });
    expect(decodeJwt((res.body as DevToken).token)).toMatchObject({ oid: "u-1", tid: "0f0f0f0f-0000-4000-8000-000000000001" });
    expectGraphError(await request(app).get("/docs/dev-token").query({ user: "jacob@contoso.com" }), 404, "NotFound");
  });

  it("does not exist when the server verifies real tokens (JWKS), and the page offers none", async () => {
    const app = testApp({ auth: JWKS });
    expectGraphError(await request(app).get("/docs/dev-token").query({ user: "jacob@contoso.com" }), 404, "NotFound");
    const config = await request(app).get("/docs/config.json");
    expect(config.status).toBe(200);
    expect(config.body).toEqual({ specUrl: "/openapi.json", devTokens: null });
  });
});

describe("the /docs page", () => {
  it("is where / leads, keeping a query such as ?user=", async () => {
    const res = await request(testApp()).get("/?user=jacob%40contoso.com");
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("/docs?user=jacob%40contoso.com");
  });

  it("is HTML with no inline script, nothing from another origin, and a policy that runs only its own scripts", async () => {
    const res = await request(testApp()).get("/docs").query({ user: "jacob@contoso.com" });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(res.headers["content-security-policy"]).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    const scripts = [...res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes ?? "")?.[1])).toEqual([
      expect.stringMatching(/^\/docs\/swagger-ui\/\d+\.\d+\.\d+\/swagger-ui-bundle\.js$/),
      "/docs/docs.js",
    ]);
    expect(scripts.every(([, , body]) => body === "")).toBe(true);
    expect(res.text).not.toMatch(/\bon[a-z]+=|javascript:/i);
    const urls = [...res.text.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(([, url]) => url ?? "");
    expect(urls.length).toBeGreaterThan(4);
    for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
    expect(res.text).not.toMatch(/https?:\/\/|unpkg|jsdelivr|cdnjs/);
  });

  it("serves Swagger UI's files from the installed package, cacheable for a year under a versioned URL", async () => {
    const app = testApp();
    const page = (await request(app).get("/docs")).text;
    const assets = [...page.matchAll(/"(\/docs\/swagger-ui\/[^"]+)"/g)].map(([, url]) => url ?? "");
    expect(assets).toHaveLength(4); // two favicons, the stylesheet and the bundle
    for (const url of assets) {
      const res = await request(app).get(url);
      expect([url, res.status]).toEqual([url, 200]);
      expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
    const bundle = assets.find((url) => url.endsWith("swagger-ui-bundle.js")) ?? "";
    expect((await request(app).get(bundle)).headers["content-type"]).toMatch(/^application\/javascript|^text\/javascript/);
    // The package's own demo page points at the Petstore on the internet; another version is gone.
    expectGraphError(await request(app).get(bundle.replace("swagger-ui-bundle.js", "index.html")), 404, "NotFound");
    expectGraphError(await request(app).get(bundle.replace(/\/\d+\.\d+\.\d+\//, "/0.0.1/")), 404, "NotFound");
  });

  it("serves its own script and stylesheet for revalidation, and its configuration never cached", async () => {
    const app = testApp();
    for (const [url, type] of [
      ["/docs", /^text\/html/],
      ["/docs/docs.js", /^text\/javascript/],
      ["/docs/docs.css", /^text\/css/],
    ] as const) {
      const res = await request(app).get(url);
      expect(res.headers["content-type"]).toMatch(type);
      expect(res.headers["cache-control"]).toBe("no-cache");
      const etag = res.headers.etag ?? "";
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await request(app).get(url).set("If-None-Match", etag);
      expect([url, again.status, again.text ?? ""]).toEqual([url, 304, ""]);
    }
    const config = await request(app).get("/docs/config.json");
    expect(config.headers["cache-control"]).toBe("no-store");
    const { devTokens } = config.body as { devTokens: { endpoint: string; scopes: string[]; users: { userPrincipalName: string }[] } };
    expect(devTokens.endpoint).toBe("/docs/dev-token");
    expect(devTokens.scopes).toEqual(DELEGATED_SCOPES);
    expect(devTokens.users.map((user) => user.userPrincipalName)).toEqual(
      expect.arrayContaining(["MeganB@contoso.com", "jacob@contoso.com", "diego@fabrikam.com"]),
    );
  });

  it("has a script that is valid browser JavaScript (it is kept as a string in TypeScript)", () => {
    expect(() => new Script(DOCS_SCRIPT)).not.toThrow();
    expect(DOCS_SCRIPT).toContain("SwaggerUIBundle(");
  });
});
