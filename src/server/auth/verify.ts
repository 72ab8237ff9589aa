// Verifying bearer tokens with jose: the development key by default, or a JWKS (real Entra ID
// tokens) when configured. Failures become one readable reason; nothing of the token is echoed.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER, devSecret } from "./dev-key.js";

export type AuthSettings =
  | { readonly mode: "dev" }
  | { readonly mode: "jwks"; readonly jwksUrl: string; readonly issuer: string; readonly audience: string };

export class TokenError extends Error {
  override name = "TokenError";
}

export type TokenVerifier = (token: string) => Promise<JWTPayload>;

export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  if (settings.mode === "dev") {
    const key = devSecret();
    return (token) =>
      verify(() => jwtVerify(token, key, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: [DEV_ALGORITHM], requiredClaims: ["exp"] }));
  }
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl));
  return (token) =>
    verify(() =>
      jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        // Entra ID signs access tokens with RSA keys; symmetric and `none` algorithms are refused.
        algorithms: ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"],
        requiredClaims: ["exp"],
      }),
    );
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
