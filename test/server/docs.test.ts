// Swagger UI at /docs (swagger-ui-express, per app): the page and its files, their caching, and the
// development tokens behind its "Act as" user picker (which must not exist when the server verifies
// real tokens).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import type { Express } from "express";
import { decodeJwt } from "jose";
import { pino } from "pino";
import request from "supertest";
import { createControlledApp } from "../../src/server/app.js";
import { Directory } from "../../src/server/directory/directory.js";
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
  "Group.ReadWrite.All",
  "Subscription.Read.All",
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
    const users = await request(app).get("/docs/users.json");
    expect((users.body as { users: unknown[] }).users).toEqual([{ id: "u-1", userPrincipalName: "kim@example.com", displayName: "Kim" }]);
    const res = await request(app).get("/docs/dev-token").query({ user: "kim@example.com" });
    expect(decodeJwt((res.body as DevToken).token)).toMatchObject({ oid: "u-1", tid: "0f0f0f0f-0000-4000-8000-000000000001" });
    expectGraphError(await request(app).get("/docs/dev-token").query({ user: "jacob@contoso.com" }), 404, "NotFound");
  });

  it("does not exist when the server verifies real tokens (JWKS), and the page offers none", async () => {
    const app = testApp({ auth: JWKS });
    expectGraphError(await request(app).get("/docs/dev-token").query({ user: "jacob@contoso.com" }), 404, "NotFound");
    expectGraphError(await request(app).get("/docs/users.json"), 404, "NotFound");
    expect((await initOptions(app)).customOptions.graphChatContract).toEqual({ devTokens: null });
  });
});

/** The options swagger-ui-express wrote into an app's init script (`var options = {…};`). */
async function initOptions(app: Express): Promise<{
  swaggerUrl: string;
  customOptions: Record<string, unknown> & { graphChatContract: unknown };
}> {
  const res = await request(app).get("/docs/swagger-ui-init.js");
  expect(res.status).toBe(200);
  const json = /\bvar options = (\{[\s\S]*?\});\n/.exec(res.text)?.[1];
  expect(json).toBeDefined();
  return JSON.parse(json ?? "{}");
}

const BROWSER_DIR = new URL("../../src/server/docs/browser/", import.meta.url);
const SWAGGER_UI_DIST = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

describe("the /docs page", () => {
  it("is where / leads, keeping a query such as ?user=", async () => {
    const res = await request(testApp()).get("/?user=jacob%40contoso.com");
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe("/docs?user=jacob%40contoso.com");
  });

  it("answers at /docs and at /docs/ alike, naming its files by absolute path", async () => {
    const app = testApp();
    for (const path of ["/docs?user=jacob%40contoso.com", "/docs/?user=jacob%40contoso.com"]) {
      const page = await request(app).get(path);
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.text).toContain("<title>Microsoft Graph chat API — graph-chat-contract</title>");
      expect(page.text).not.toMatch(/(src|href)="\.\//);
    }
  });

  it("is HTML with no inline script, nothing from another origin, and a policy that runs only its own scripts", async () => {
    const res = await request(testApp()).get("/docs/");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toMatch(/(^|;)\s*script-src 'self'\s*(;|$)/);
    expect(res.headers["content-security-policy"]).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    const scripts = [...res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes]) => /\bsrc=["']([^"']+)["']/.exec(attributes ?? "")?.[1])).toEqual([
      "/docs/swagger-ui-bundle.js",
      "/docs/swagger-ui-standalone-preset.js",
      "/docs/swagger-ui-init.js",
      "/docs/docs.js",
    ]);
    expect(scripts.every(([, , body]) => body?.trim() === "")).toBe(true);
    expect(res.text).not.toMatch(/\bon[a-z]+=|javascript:/i);
    const urls = pageUrls(res.text);
    expect(urls.length).toBeGreaterThan(6);
    for (const url of urls) expect([url, new URL(url, "http://docs.test/docs/").origin]).toEqual([url, "http://docs.test"]);
    // The only absolute URLs are the SVG namespaces of its inline icons, which load nothing.
    expect(res.text.replace(/\bxmlns(?::\w+)?="[^"]*"/g, "")).not.toMatch(/https?:\/\/|unpkg|jsdelivr|cdnjs/);
  });

  it("starts Swagger UI on /openapi.json from an init script that carries the page's settings", async () => {
    const { swaggerUrl, customOptions } = await initOptions(testApp());
    expect(swaggerUrl).toBe("/openapi.json");
    expect(customOptions).toMatchObject({ layout: "BaseLayout", persistAuthorization: true, tryItOutEnabled: true, validatorUrl: null });
    expect(customOptions.graphChatContract).toEqual({ devTokens: { endpoint: "/docs/dev-token", users: "/docs/users.json" } });
  });

  it("is set up per app: apps in one process each serve their own init script", async () => {
    const first = testApp();
    const jwks = testApp({ auth: JWKS });
    const last = testApp();
    expect((await initOptions(first)).customOptions.graphChatContract).toMatchObject({ devTokens: { endpoint: "/docs/dev-token" } });
    expect((await initOptions(jwks)).customOptions.graphChatContract).toEqual({ devTokens: null });
    expect((await initOptions(last)).customOptions.graphChatContract).toMatchObject({ devTokens: { endpoint: "/docs/dev-token" } });
    expect((await initOptions(jwks)).customOptions.graphChatContract).toEqual({ devTokens: null });
  });

  it("serves every file the page names, the installed Swagger UI's unchanged, each revalidated by ETag (304)", async () => {
    const app = testApp();
    const urls = pageUrls((await request(app).get("/docs/")).text).map((url) => new URL(url, "http://docs.test/docs/").pathname);
    expect(urls).toEqual(
      expect.arrayContaining(["/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/favicon-32x32.png", "/docs/docs.css"]),
    );
    for (const url of [...urls, "/docs/", "/docs/swagger-ui-bundle.js.map"]) {
      const res = await request(app).get(url);
      expect([url, res.status, res.headers["cache-control"]]).toEqual([url, 200, "no-cache"]);
      const etag = res.headers.etag ?? "";
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      const again = await request(app).get(url).set("If-None-Match", etag);
      expect([url, again.status]).toEqual([url, 304]);
    }
    const bundle = await request(app).get("/docs/swagger-ui-bundle.js").buffer(true);
    expect(bundle.headers["content-type"]).toMatch(/^(application|text)\/javascript/);
    expect(bundle.text).toBe(readFileSync(join(SWAGGER_UI_DIST, "swagger-ui-bundle.js"), "utf8"));
  });

  it("serves nothing else of swagger-ui-dist: its demo page and initializer open the Petstore on the internet", async () => {
    const app = testApp();
    for (const url of [
      "/docs/index.html",
      "/docs/swagger-initializer.js",
      "/docs/package.json",
      "/docs/swagger-ui.js",
      "/docs/README.md",
    ]) {
      expectGraphError(await request(app).get(url), 404, "NotFound");
    }
  });

  it("serves its own script and stylesheet as the files in src/server/docs/browser/, the script a classic one", async () => {
    const app = testApp();
    const script = await request(app).get("/docs/docs.js");
    expect(script.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(script.text).toBe(readFileSync(new URL("docs.js", BROWSER_DIR), "utf8"));
    // Loaded by a plain <script src>: an import or export would be a syntax error in the browser.
    expect(() => new Script(script.text)).not.toThrow();
    const stylesheet = await request(app).get("/docs/docs.css");
    expect(stylesheet.headers["content-type"]).toMatch(/^text\/css/);
    expect(stylesheet.text).toBe(readFileSync(new URL("docs.css", BROWSER_DIR), "utf8"));
  });

  it("lists the demo users for the picker, never cached", async () => {
    const res = await request(testApp()).get("/docs/users.json");
    expect(res.headers["cache-control"]).toBe("no-store");
    expect((res.body as { users: { userPrincipalName: string }[] }).users.map((user) => user.userPrincipalName)).toEqual(
      expect.arrayContaining(["MeganB@contoso.com", "jacob@contoso.com", "diego@fabrikam.com"]),
    );
  });
});

/** Every src and href of a page. */
function pageUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)=["']([^"']+)["']/g)].map(([, url]) => url ?? "");
}
