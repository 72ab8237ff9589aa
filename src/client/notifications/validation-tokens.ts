// validationTokens prove a rich notification came from Graph (or from the reference server, which
// signs the same way with its own published key) and was meant for this app in these tenants.
// Receivers answer 202 first and verify afterwards: fetching keys can take longer than Graph waits.
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { GRAPH_NOTIFICATION_PUBLISHER_APP_ID, validationTokenIssuer } from "../../shared/graph-notifications.js";

/** The keys Microsoft signs Graph's validationTokens with; the default when no jwks is given. */
export const MICROSOFT_JWKS_URL = "https://login.microsoftonline.com/common/discovery/v2.0/keys";

export { GRAPH_NOTIFICATION_PUBLISHER_APP_ID };

export interface ValidationTokenOptions {
  /** Your tenants: each token's `iss` must be `https://sts.windows.net/{tenantId}/` for one of them. */
  tenantIds: readonly string[];
  /** Your app (client) id: each token's `aud`. */
  appId: string;
  /** A JWKS document to verify against (tests, the reference server's key fetched once). */
  jwks?: JSONWebKeySet;
  /** Where to fetch the JWKS, e.g. the reference server's `/.well-known/notification-keys`. */
  jwksUrl?: string | URL;
  /**
   * Allowed clock difference with the signer, for `exp` and `nbf`; 300 s by default, the skew
   * Microsoft's own token validation allows.
   */
  clockToleranceSeconds?: number;
  /** The time to check `exp` and `nbf` against; now by default. */
  currentDate?: Date;
}

const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;

// One key set per URL for the process: jose caches the fetched keys in it and refetches only for
// an unknown `kid`, so verifying every batch does not fetch the JWKS every time.
const remoteKeySets = new Map<string, JWTVerifyGetKey>();

/**
 * Verifies one validationToken and returns its claims; throws (jose's errors, or an Error naming
 * the claim) when the signature, `exp`/`nbf`, `iss`, `aud` or `appid` is wrong.
 */
export async function verifyValidationToken(token: string, options: ValidationTokenOptions): Promise<JWTPayload> {
  if (options.tenantIds.length === 0) throw new TypeError("verifyValidationToken needs at least one tenant id");
  const { payload } = await jwtVerify(token, keySet(options), {
    algorithms: ["RS256"],
    issuer: options.tenantIds.map(validationTokenIssuer),
    audience: options.appId,
    clockTolerance: options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ["exp", "nbf"],
    ...(options.currentDate ? { currentDate: options.currentDate } : {}),
  });
  if (payload.appid !== GRAPH_NOTIFICATION_PUBLISHER_APP_ID) {
    throw new Error(`validationToken appid is not Graph's change-notification publisher (${GRAPH_NOTIFICATION_PUBLISHER_APP_ID})`);
  }
  return payload;
}

/**
 * True only when there is at least one token and every token is valid (see
 * verifyValidationToken); false otherwise, including when the keys cannot be fetched.
 *
 * @example
 * ```ts
 * const body = req.body as ChangeNotificationCollection;
 * res.status(202).end();
 * if (!(await verifyValidationTokens(body.validationTokens ?? [], { tenantIds: [TENANT], appId: APP }))) return;
 * ```
 */
export async function verifyValidationTokens(tokens: readonly string[], options: ValidationTokenOptions): Promise<boolean> {
  if (tokens.length === 0) return false;
  const results = await Promise.allSettled(tokens.map((token) => verifyValidationToken(token, options)));
  return results.every((result) => result.status === "fulfilled");
}

function keySet(options: ValidationTokenOptions): JWTVerifyGetKey {
  if (options.jwks) return createLocalJWKSet(options.jwks);
  const url = new URL(options.jwksUrl ?? MICROSOFT_JWKS_URL);
  let remote = remoteKeySets.get(url.href);
  if (!remote) {
    remote = createRemoteJWKSet(url);
    remoteKeySets.set(url.href, remote);
  }
  return remote;
}
