// validationTokens: the server signs them (src/server/notifications/validation-tokens.ts) and the
// receiver helper verifies them against the published JWKS. Each refusal test changes one thing
// from a token the same test shows is accepted, so it fails for that reason and no other.
import { SignJWT, decodeJwt, decodeProtectedHeader } from "jose";
import {
  createNotificationKey,
  exportNotificationKey,
  importNotificationKey,
  notificationJwks,
  signValidationToken,
  type NotificationKey,
} from "../../src/server/notifications/validation-tokens.js";
import {
  GRAPH_NOTIFICATION_PUBLISHER_APP_ID,
  verifyValidationToken,
  verifyValidationTokens,
  type ValidationTokenOptions,
} from "../../src/client/notifications/index.js";

const TENANT = "dcd219dd-bc68-4b9b-bf0b-4a33a796be35";
const OTHER_TENANT = "4dc1fe35-8ac6-4f0d-904a-7ebcd364bea1";
const APP = "11111111-2222-3333-4444-555555555555";

let key: NotificationKey;
let otherKey: NotificationKey;
let options: ValidationTokenOptions;

beforeAll(async () => {
  [key, otherKey] = await Promise.all([createNotificationKey(), createNotificationKey()]);
  options = { tenantIds: [TENANT], appId: APP, jwks: notificationJwks(key.publicJwk) };
});

const sign = (overrides: Partial<Parameters<typeof signValidationToken>[1]> = {}): Promise<string> =>
  signValidationToken(key.privateKey, { tenantId: TENANT, appId: APP, kid: key.kid, ...overrides });

describe("signValidationToken", () => {
  it("signs RS256 with the key's kid and Graph's claims, valid for an hour from now", async () => {
    const now = new Date("2025-01-02T03:04:05Z");
    const token = await sign({ now });
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "RS256", kid: key.kid });
    const seconds = now.getTime() / 1000;
    expect(decodeJwt(token)).toMatchObject({
      iss: `https://sts.windows.net/${TENANT}/`,
      aud: APP,
      appid: "0bf30f3b-4a52-48df-9a82-234910c4a086",
      iat: seconds,
      nbf: seconds,
      exp: seconds + 3600,
    });
  });

  it("takes another lifetime", async () => {
    const claims = decodeJwt(await sign({ lifetimeSeconds: 60 }));
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(60);
  });
});

describe("createNotificationKey, exportNotificationKey and importNotificationKey", () => {
  it("gives a 2048-bit RSA key whose kid is its RFC 7638 thumbprint", () => {
    expect(key.publicJwk.kty).toBe("RSA");
    // 2048 bits of modulus are 256 bytes, 342 base64url characters.
    expect(key.publicJwk.n).toHaveLength(342);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.kid).not.toBe(otherKey.kid);
  });

  it("round-trips through private JWK JSON, keeping the kid, so stored keys sign verifiable tokens", async () => {
    const stored = await exportNotificationKey(key);
    expect(JSON.parse(stored)).toMatchObject({ kty: "RSA", kid: key.kid, alg: "RS256", d: expect.any(String) });
    const restored = await importNotificationKey(stored);
    expect(restored.kid).toBe(key.kid);
    expect(restored.publicJwk).toEqual(key.publicJwk);
    const token = await signValidationToken(restored.privateKey, { tenantId: TENANT, appId: APP, kid: restored.kid });
    await expect(verifyValidationTokens([token], options)).resolves.toBe(true);
  });

  it("derives the kid when the stored JWK has none", async () => {
    const { kid: _kid, ...withoutKid } = JSON.parse(await exportNotificationKey(key)) as Record<string, unknown>;
    expect((await importNotificationKey(JSON.stringify(withoutKid))).kid).toBe(key.kid);
  });

  it("refuses text that is not an RSA private JWK", async () => {
    await expect(importNotificationKey("{")).rejects.toThrow("not JSON");
    await expect(importNotificationKey(JSON.stringify(key.publicJwk))).rejects.toThrow("not an RSA private JWK");
  });
});

describe("notificationJwks", () => {
  it("publishes only the public members, for RS256 signatures", () => {
    const jwks = notificationJwks({ ...key.publicJwk, d: "secret" } as typeof key.publicJwk);
    expect(jwks).toEqual({ keys: [{ kty: "RSA", n: key.publicJwk.n, e: key.publicJwk.e, kid: key.kid, use: "sig", alg: "RS256" }] });
  });
});

describe("verifyValidationTokens", () => {
  it("accepts a token the server signed, verified with the local JWKS", async () => {
    await expect(verifyValidationTokens([await sign()], options)).resolves.toBe(true);
  });

  it("accepts one token per tenant when all tenants are expected", async () => {
    const tokens = [await sign(), await sign({ tenantId: OTHER_TENANT })];
    await expect(verifyValidationTokens(tokens, { ...options, tenantIds: [TENANT, OTHER_TENANT] })).resolves.toBe(true);
  });

  it("refuses an empty list: nothing proves where the notifications came from", async () => {
    await expect(verifyValidationTokens([], options)).resolves.toBe(false);
  });

  it("refuses a batch in which one token is invalid", async () => {
    await expect(verifyValidationTokens([await sign(), await sign({ appId: "another-app" })], options)).resolves.toBe(false);
  });

  it("refuses a token for another app (aud)", async () => {
    await expect(verifyValidationTokens([await sign({ appId: "another-app" })], options)).resolves.toBe(false);
    await expect(verifyValidationToken(await sign({ appId: "another-app" }), options)).rejects.toThrow(/aud/);
  });

  it("refuses a token of a tenant not expected (iss)", async () => {
    await expect(verifyValidationTokens([await sign({ tenantId: OTHER_TENANT })], options)).resolves.toBe(false);
    await expect(verifyValidationToken(await sign({ tenantId: OTHER_TENANT }), options)).rejects.toThrow(/iss/);
  });

  it("refuses an expired token", async () => {
    const expired = await sign({ now: new Date(Date.now() - 2 * 3600_000) });
    await expect(verifyValidationTokens([expired], options)).resolves.toBe(false);
    await expect(verifyValidationToken(expired, options)).rejects.toThrow(/exp/);
  });

  it("allows five minutes of clock skew by default, and none when told", async () => {
    const justExpired = await sign({ now: new Date(Date.now() - 60_000), lifetimeSeconds: 30 });
    await expect(verifyValidationTokens([justExpired], options)).resolves.toBe(true);
    await expect(verifyValidationTokens([justExpired], { ...options, clockToleranceSeconds: 0 })).resolves.toBe(false);
  });

  it("refuses a token not yet valid (nbf)", async () => {
    const future = await sign({ now: new Date(Date.now() + 3600_000) });
    await expect(verifyValidationToken(future, options)).rejects.toThrow(/nbf/);
  });

  it("refuses a token whose appid is not Graph's publisher", async () => {
    // Signed by hand so that appid is the only difference between the two tokens.
    const handSigned = (appid: string): Promise<string> =>
      new SignJWT({ appid })
        .setProtectedHeader({ alg: "RS256", kid: key.kid })
        .setIssuer(`https://sts.windows.net/${TENANT}/`)
        .setAudience(APP)
        .setIssuedAt()
        .setNotBefore("0s")
        .setExpirationTime("1h")
        .sign(key.privateKey);
    const genuine = await handSigned(GRAPH_NOTIFICATION_PUBLISHER_APP_ID);
    const forged = await handSigned("00000000-0000-0000-0000-000000000000");
    await expect(verifyValidationTokens([genuine], options)).resolves.toBe(true);
    await expect(verifyValidationTokens([forged], options)).resolves.toBe(false);
    await expect(verifyValidationToken(forged, options)).rejects.toThrow(/appid/);
  });

  it("refuses a token signed by another key under the published kid", async () => {
    const forged = await signValidationToken(otherKey.privateKey, { tenantId: TENANT, appId: APP, kid: key.kid });
    await expect(verifyValidationTokens([forged], options)).resolves.toBe(false);
    await expect(verifyValidationToken(forged, options)).rejects.toThrow(/signature/);
  });

  it("refuses a token whose kid is not in the JWKS", async () => {
    const unknown = await signValidationToken(otherKey.privateKey, { tenantId: TENANT, appId: APP, kid: otherKey.kid });
    await expect(verifyValidationTokens([unknown], options)).resolves.toBe(false);
  });
});
