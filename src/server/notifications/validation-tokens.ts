// validationTokens: JWTs shaped like Graph's, signed by the server's notification key and
// published as a JWKS, so a receiver verifies them exactly as it verifies Graph's and only the
// JWKS URL differs. The key is exportable as a private JWK so a database row can hold it and
// every instance signs with the same key across restarts.
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type KeyObject } from "jose";
import { GRAPH_NOTIFICATION_PUBLISHER_APP_ID, validationTokenIssuer } from "../../shared/graph-notifications.js";

export const VALIDATION_TOKEN_ALGORITHM = "RS256";
/** Graph's tokens live an hour; receivers may verify a while after delivery (answer 202 first). */
export const DEFAULT_VALIDATION_TOKEN_LIFETIME_SECONDS = 60 * 60;

/** The public half as published: only the RSA public members and the key id. */
export interface NotificationPublicJwk {
  kty: "RSA";
  n: string;
  e: string;
  kid: string;
}

export interface NotificationKey {
  kid: string;
  /** Extractable, so `exportNotificationKey` can store it. */
  privateKey: CryptoKey;
  publicJwk: NotificationPublicJwk;
}

export interface NotificationJwks {
  keys: Array<NotificationPublicJwk & { use: "sig"; alg: typeof VALIDATION_TOKEN_ALGORITHM }>;
}

export interface ValidationTokenClaims {
  tenantId: string;
  /** The subscribing app's id: the token's `aud`. */
  appId: string;
  kid: string;
  now?: Date;
  lifetimeSeconds?: number;
}

/** A new RSA 2048 signing key whose `kid` is its RFC 7638 thumbprint (stable across export/import). */
export async function createNotificationKey(): Promise<NotificationKey> {
  const { privateKey } = await generateKeyPair(VALIDATION_TOKEN_ALGORITHM, { modulusLength: 2048, extractable: true });
  const jwk: unknown = await exportJWK(privateKey);
  if (!isRsaPrivateJwk(jwk)) throw new Error("the generated key did not export as an RSA private JWK");
  return fromPrivateJwk(jwk, await calculateJwkThumbprint({ kty: jwk.kty, n: jwk.n, e: jwk.e }));
}

/** The private key as JWK JSON (with `kid` and `alg`), to store; it is a secret. */
export async function exportNotificationKey(key: NotificationKey): Promise<string> {
  const jwk = await exportJWK(key.privateKey);
  return JSON.stringify({ ...jwk, kid: key.kid, alg: VALIDATION_TOKEN_ALGORITHM });
}

/** Reads what `exportNotificationKey` wrote; throws with a one-line reason on anything else. */
export async function importNotificationKey(json: string): Promise<NotificationKey> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error("notification key is not JSON");
  }
  if (!isRsaPrivateJwk(parsed)) throw new Error("notification key is not an RSA private JWK (kty, n, e, d, p, q, dp, dq, qi)");
  const kid =
    typeof parsed.kid === "string" && parsed.kid !== ""
      ? parsed.kid
      : await calculateJwkThumbprint({ kty: parsed.kty, n: parsed.n, e: parsed.e });
  return fromPrivateJwk(parsed, kid);
}

/** The JWKS document receivers fetch; built member by member so no private member can leak. */
export function notificationJwks(publicJwk: NotificationPublicJwk): NotificationJwks {
  const { kty, n, e, kid } = publicJwk;
  return { keys: [{ kty, n, e, kid, use: "sig", alg: VALIDATION_TOKEN_ALGORITHM }] };
}

/**
 * Signs one validationToken as Graph does: RS256 with `kid`; `iss` is the tenant's STS issuer,
 * `aud` the subscribing app, `appid` Graph's publisher id; `iat` = `nbf` = now; `exp` an hour on.
 */
export async function signValidationToken(key: CryptoKey | KeyObject, claims: ValidationTokenClaims): Promise<string> {
  const issuedAt = Math.floor((claims.now ?? new Date()).getTime() / 1000);
  const lifetime = claims.lifetimeSeconds ?? DEFAULT_VALIDATION_TOKEN_LIFETIME_SECONDS;
  // `tid` as in Graph's tokens, for receivers that read the tenant from it rather than from `iss`.
  return new SignJWT({ appid: GRAPH_NOTIFICATION_PUBLISHER_APP_ID, tid: claims.tenantId })
    .setProtectedHeader({ alg: VALIDATION_TOKEN_ALGORITHM, typ: "JWT", kid: claims.kid })
    .setIssuer(validationTokenIssuer(claims.tenantId))
    .setAudience(claims.appId)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(key);
}

const RSA_PRIVATE_MEMBERS = ["n", "e", "d", "p", "q", "dp", "dq", "qi"] as const;

type RsaPrivateJwk = { kty: "RSA"; kid?: unknown } & Record<(typeof RSA_PRIVATE_MEMBERS)[number], string>;

function isRsaPrivateJwk(value: unknown): value is RsaPrivateJwk {
  if (typeof value !== "object" || value === null) return false;
  const jwk = value as Record<string, unknown>;
  return jwk.kty === "RSA" && RSA_PRIVATE_MEMBERS.every((member) => typeof jwk[member] === "string");
}

async function fromPrivateJwk(jwk: RsaPrivateJwk, kid: string): Promise<NotificationKey> {
  // Only the key's own members: a stored `alg`, `key_ops` or `ext` must not narrow what it may do.
  const { kty, n, e, d, p, q, dp, dq, qi } = jwk;
  const privateKey = await importJWK({ kty, n, e, d, p, q, dp, dq, qi }, VALIDATION_TOKEN_ALGORITHM, { extractable: true });
  return { kid, privateKey, publicJwk: { kty, n, e, kid } };
}
