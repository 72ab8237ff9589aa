// Bearer tokens: the development key by default, a JWKS (as for real Entra ID tokens) when
// configured. Every failure is 401 InvalidAuthenticationToken with a Bearer challenge.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWK } from "jose";
import request from "supertest";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_SIGNING_KEY } from "../../src/server/auth/dev-key.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import { bearer, expectGraphError, member, testApp, userToken, USERS } from "./helpers.js";

const body = () => ({ chatType: "group", members: [member(USERS.megan), member(USERS.lynne)] });
const create = (app: ReturnType<typeof testApp>, authorization?: string) => {
  const req = request(app).post("/v1.0/chats");
  if (authorization !== undefined) req.set("Authorization", authorization);
  return req.send(body());
};

function expect401(res: request.Response, message: RegExp): void {
  expectGraphError(res, 401, "InvalidAuthenticationToken");
  expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
  expect(res.body.error.message).toMatch(message);
}

const signWith = (secret: string, claims: Record<string, unknown>) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(new TextEncoder().encode(secret));

describe("authentication with the development key", () => {
  const claims = { oid: USERS.megan, tid: DEMO_TENANT_ID, scp: "Chat.ReadWrite" };

  it("accepts a token from the token command's code", async () => {
    expect((await create(testApp(), `Bearer ${await userToken(USERS.megan)}`)).status).toBe(201);
  });

  it("accepts the scheme name in any case", async () => {
    expect((await create(testApp(), `bearer ${await userToken(USERS.megan)}`)).status).toBe(201);
  });

  it("rejects a missing token without an error code in the challenge", async () => {
    const res = await create(testApp());
    expect401(res, /Access token is empty/);
    expect(res.headers["www-authenticate"]).not.toMatch(/invalid_token/);
  });

  it.each([["Basic dXNlcjpwYXNz"], ["Bearer"], ["Bearer a b"], ["Token abc"]])("rejects the Authorization header %j", async (header) => {
    expect401(await create(testApp(), header), /Access token is empty|Bearer/);
  });

  it("rejects a string that is not a JWT", async () => {
    expect401(await create(testApp(), "Bearer not.a.jwt"), /not a well-formed JWT|validation failure/);
  });

  it("rejects an expired token, without clock leeway", async () => {
    const expired = await mintDevToken(
      { kind: "user", userId: USERS.megan, tenantId: DEMO_TENANT_ID, expiresIn: "1s" },
      new Date(Date.now() - 2_000),
    );
    const res = await create(testApp(), `Bearer ${expired}`);
    expect401(res, /expired/);
    expect(res.headers["www-authenticate"]).toMatch(/error="invalid_token"/);
  });

  it("rejects a token that is not yet valid", async () => {
    const early = await userToken(USERS.megan, "Chat.ReadWrite", { notBefore: "5m" });
    expect401(await create(testApp(), `Bearer ${early}`), /not yet valid/);
  });

  it("rejects a token signed with another key", async () => {
    expect401(await create(testApp(), `Bearer ${await signWith("some-other-key-of-sufficient-length!!", claims)}`), /signature/);
  });

  it("rejects a token whose payload was changed after signing", async () => {
    const [header, , signature] = (await userToken(USERS.megan, "Chat.Read")).split(".");
    const forged = Buffer.from(JSON.stringify({ ...claims, iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: 9_999_999_999 })).toString("base64url");
    expect401(await create(testApp(), `Bearer ${header}.${forged}.${signature}`), /signature/);
  });

  it("rejects an unsigned token (alg none)", async () => {
    const none = new UnsecuredJWT({ ...claims }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setExpirationTime("1h").encode();
    expect401(await create(testApp(), `Bearer ${none}`), /validation failure/);
  });

  it("rejects a token for another tenant", async () => {
    const other = await mintDevToken({ kind: "user", userId: USERS.megan, tenantId: "11111111-2222-3333-4444-555555555555" });
    expect401(await create(testApp(), `Bearer ${other}`), /another tenant/);
  });

  it("rejects a delegated token whose user is not in the directory", async () => {
    const stranger = await mintDevToken({ kind: "user", userId: "00000000-0000-0000-0000-000000000001", tenantId: DEMO_TENANT_ID });
    expect401(await create(testApp(), `Bearer ${stranger}`), /not in the tenant's directory/);
  });

  it.each<[string, { iss?: string; aud?: string }, RegExp]>([
    ["the wrong issuer", { iss: "https://evil.example/" }, /issuer/],
    ["the wrong audience", { aud: "api://someone-else" }, /audience/],
  ])("rejects a token signed with the development key but naming %s", async (_name, override, message) => {
    const token = await new SignJWT({ ...claims, ...override })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(override.iss ?? DEV_ISSUER)
      .setAudience(override.aud ?? DEV_AUDIENCE)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(DEV_SIGNING_KEY));
    expect401(await create(testApp(), `Bearer ${token}`), message);
  });

  it("rejects a token without an expiry", async () => {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .sign(new TextEncoder().encode(DEV_SIGNING_KEY));
    expect401(await create(testApp(), `Bearer ${token}`), /'exp'/);
  });

  it("rejects the development key used with another algorithm (HS512)", async () => {
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS512" })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(DEV_SIGNING_KEY));
    expect401(await create(testApp(), `Bearer ${token}`), /algorithm is not allowed/);
  });

  describe("tokens of another tenant on this tenant's resources", () => {
    const otherTenant = "11111111-2222-3333-4444-555555555555";

    it("rejects another tenant's user reading a chat of this tenant, without saying whether it exists", async () => {
      const app = testApp();
      const created = await create(app, `Bearer ${await userToken(USERS.megan)}`);
      const other = await mintDevToken({ kind: "user", userId: USERS.megan, tenantId: otherTenant });
      expect401(await request(app).get(`/v1.0/chats/${created.body.id}`).set(bearer(other)), /another tenant/);
      expect401(await request(app).get("/v1.0/chats/19:unknown@thread.v2").set(bearer(other)), /another tenant/);
    });

    it("rejects another tenant's application listing a user's chats", async () => {
      const other = await mintDevToken({ kind: "app", tenantId: otherTenant, roles: ["Chat.Read.All"] });
      expect401(await request(testApp()).get(`/v1.0/users/${USERS.megan}/chats`).set(bearer(other)), /another tenant/);
    });
  });

  it("never echoes the token in the error", async () => {
    const token = await signWith("some-other-key-of-sufficient-length!!", claims);
    const res = await create(testApp(), `Bearer ${token}`);
    expect(JSON.stringify(res.body)).not.toContain(token.slice(0, 20));
  });
});

describe("authentication with a JWKS (real Entra ID tokens)", () => {
  const issuer = "https://login.microsoftonline.com/dcd219dd-bc68-4b9b-bf0b-4a33a796be35/v2.0";
  const audience = "api://graph-chat-contract-tests";
  let server: Server;
  let jwksUrl: string;
  let privateKey: CryptoKey;
  let calls = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    privateKey = pair.privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
    server = createServer((_req, res) => {
      calls++;
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const jwksApp = () => testApp({ auth: { mode: "jwks", jwksUrl, issuer, audience } });
  const sign = (overrides: { iss?: string; aud?: string; kid?: string; tid?: string; exp?: number; nbf?: number } = {}) => {
    const jwt = new SignJWT({ oid: USERS.megan, tid: overrides.tid ?? DEMO_TENANT_ID, scp: "Chat.Create" })
      .setProtectedHeader({ alg: "RS256", kid: overrides.kid ?? "test-key" })
      .setIssuer(overrides.iss ?? issuer)
      .setAudience(overrides.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime(overrides.exp ?? "10m");
    if (overrides.nbf !== undefined) jwt.setNotBefore(overrides.nbf);
    return jwt.sign(privateKey);
  };

  it("accepts a token signed by a key of the JWKS, fetching the keys from the URL", async () => {
    const res = await create(jwksApp(), `Bearer ${await sign()}`);
    expect(res.status).toBe(201);
    expect(calls).toBeGreaterThan(0);
  });

  it("rejects the wrong issuer", async () => {
    expect401(await create(jwksApp(), `Bearer ${await sign({ iss: "https://evil.example/v2.0" })}`), /issuer/);
  });

  it("rejects the wrong audience", async () => {
    expect401(await create(jwksApp(), `Bearer ${await sign({ aud: "api://someone-else" })}`), /audience/);
  });

  it("rejects a key id the JWKS does not have", async () => {
    expect401(await create(jwksApp(), `Bearer ${await sign({ kid: "unknown-key" })}`), /signing key/);
  });

  it("rejects an unsigned token (alg none)", async () => {
    const none = new UnsecuredJWT({ oid: USERS.megan, tid: DEMO_TENANT_ID, scp: "Chat.Create" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime("10m")
      .encode();
    expect401(await create(jwksApp(), `Bearer ${none}`), /validation failure/);
  });

  it("rejects a token signed by another key under the JWKS key's id", async () => {
    const stranger = await generateKeyPair("RS256");
    const token = await new SignJWT({ oid: USERS.megan, tid: DEMO_TENANT_ID, scp: "Chat.Create" })
      .setProtectedHeader({ alg: "RS256", kid: "test-key" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime("10m")
      .sign(stranger.privateKey);
    expect401(await create(jwksApp(), `Bearer ${token}`), /signature/);
  });

  it("rejects a symmetric (HS256) token, even one signed with the development key", async () => {
    const token = await new SignJWT({ oid: USERS.megan, tid: DEMO_TENANT_ID, scp: "Chat.Create" })
      .setProtectedHeader({ alg: "HS256", kid: "test-key" })
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime("10m")
      .sign(new TextEncoder().encode(DEV_SIGNING_KEY));
    expect401(await create(jwksApp(), `Bearer ${token}`), /algorithm is not allowed/);
  });

  it("rejects an expired token", async () => {
    const past = Math.floor(Date.now() / 1000) - 120;
    expect401(await create(jwksApp(), `Bearer ${await sign({ exp: past })}`), /expired/);
  });

  it("rejects a token that is not yet valid", async () => {
    const later = Math.floor(Date.now() / 1000) + 300;
    expect401(await create(jwksApp(), `Bearer ${await sign({ nbf: later })}`), /not yet valid/);
  });

  it("rejects a token whose payload was changed after signing", async () => {
    const [header, payload, signature] = (await sign()).split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, scp: "Chat.ReadWrite.All" })).toString("base64url");
    expect401(await create(jwksApp(), `Bearer ${header}.${forged}.${signature}`), /signature/);
  });

  it("rejects a well-signed token of another tenant", async () => {
    expect401(await create(jwksApp(), `Bearer ${await sign({ tid: "11111111-2222-3333-4444-555555555555" })}`), /another tenant/);
  });

  it("no longer accepts development tokens", async () => {
    expect401(await create(jwksApp(), `Bearer ${await userToken(USERS.megan)}`), /validation failure/);
  });
});
