// Bearer tokens: the development key by default, a JWKS (as for real Entra ID tokens) when
// configured. Every failure is 401 InvalidAuthenticationToken with a Bearer challenge.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWK } from "jose";
import request from "supertest";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../src/server/auth/dev-key.js";
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
  new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer(DEV_ISSUER).setAudience(DEV_AUDIENCE).setIssuedAt().setExpirationTime("1h").sign(new TextEncoder().encode(secret));

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
  const sign = (overrides: { iss?: string; aud?: string; kid?: string } = {}) =>
    new SignJWT({ oid: USERS.megan, tid: DEMO_TENANT_ID, scp: "Chat.Create" })
      .setProtectedHeader({ alg: "RS256", kid: overrides.kid ?? "test-key" })
      .setIssuer(overrides.iss ?? issuer)
      .setAudience(overrides.aud ?? audience)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(privateKey);

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

  it("no longer accepts development tokens", async () => {
    expect401(await create(jwksApp(), `Bearer ${await userToken(USERS.megan)}`), /validation failure/);
  });
});
