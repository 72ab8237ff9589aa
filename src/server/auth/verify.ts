// Verifying bearer tokens with jose: the development key by default, or a JWKS (real Entra ID
// tokens) when configured. Failures become one readable reason; nothing of the token is echoed.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER, devSecret } from "./dev-key.js";

export type AuthSettings =
  { readonly mode: "dev" } | { readonly mode: "jwks"; readonly jwksUrl: string; readonly issuer: string; readonly audience: string };

export class TokenError extends Error {
  override name = "TokenError";
}

export type TokenVerifier = (token: string) => Promise<JWTPayload>;

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  if (settings.mode === "dev") {
    // Imported once: jose would otherwise import the raw secret as a CryptoKey on every request.
    const key = crypto.subtle.importKey("raw", devSecret(), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    return remembering(async (token) =>
      verify(async () =>
        jwtVerify(token, await key, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: [DEV_ALGORITHM], requiredClaims: ["exp"] }),
      ),
    );
  }
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl));
  return remembering((token) =>
    verify(() =>
      jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        // Entra ID signs access tokens with RSA keys; symmetric and `none` algorithms are refused.
        algorithms: ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"],
        requiredClaims: ["exp"],
      }),
    ),
  );
}

/** How many verified tokens to remember; callers typically reuse a handful of tokens. */
const REMEMBERED_TOKENS = 1000;

/**
 * Remembers tokens that verified, so a caller reusing its token (every client does, for up to an
 * hour) pays for the signature check once. A remembered token is used only while its lifetime
 * holds, checked on every use against the same clock jose uses; outside it, or for any token not
 * remembered, the full verification runs and gives its reason. Failures are never remembered.
 */
function remembering(verifyToken: TokenVerifier): TokenVerifier {
  const verified = new Map<string, JWTPayload>();
  return async (token) => {
    const known = verified.get(token);
    if (known && withinLifetime(known, Math.floor(Date.now() / 1000))) return known;
    const payload = await verifyToken(token);
    // Map keeps insertion order: dropping the oldest entry bounds the memory.
    if (verified.size >= REMEMBERED_TOKENS) verified.delete(verified.keys().next().value ?? "");
    verified.set(token, payload);
    return payload;
  };
}

function withinLifetime(payload: JWTPayload, now: number): boolean {
  return typeof payload.exp === "number" && now < payload.exp && (payload.nbf === undefined || payload.nbf <= now);
}

// Expiry is enforced without clock leeway (no clockTolerance), as the operating interface says.
async function verify(run: () => Promise<{ payload: JWTPayload }>): Promise<JWTPayload> {
  try {
    return (await run()).payload;
  } catch (error) {
    throw new TokenError(reason(error));
  }
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "Lifetime validation failed, the token is expired.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "Lifetime validation failed, the token is not yet valid.";
    if (error.claim === "iss") return "Access token validation failure. Invalid issuer.";
    if (error.claim === "aud") return "Access token validation failure. Invalid audience.";
    return `Access token validation failure. Invalid '${error.claim}' claim.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "Access token validation failure. Invalid signature.";
  if (error instanceof errors.JOSEAlgNotAllowed) return "Access token validation failure. The signing algorithm is not allowed.";
  if (error instanceof errors.JWKSNoMatchingKey) return "Access token validation failure. No signing key matches the token.";
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
    return "Access token validation failure. The signing keys could not be retrieved.";
  }
  return "Access token validation failure. The token is not a well-formed JWT.";
}
