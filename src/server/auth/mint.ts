// Minting development tokens: the code behind `npm run token` and the test helpers.
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER, devSecret } from "./dev-key.js";

export const DEFAULT_DELEGATED_SCOPES = "Chat.ReadWrite";
/** The fixed application id stamped into development application tokens. */
export const DEV_APP_ID = "00000000-0000-0000-0000-00000000c4a7";

export type TokenRequest =
  | { kind: "user"; userId: string; tenantId: string; scopes?: string; appId?: string; expiresIn?: string; notBefore?: string }
  | { kind: "app"; tenantId: string; roles: string[]; appId?: string; expiresIn?: string; notBefore?: string };

const DURATION = /^(\d+)([smhd])$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** Parses `30s`, `5m`, `1h`, `2d` into seconds; throws a readable error otherwise. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new Error(`invalid duration '${text}': use a number and a unit, like 30s, 5m, 1h or 1d`);
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}

/** Signs a token with the development key, shaped like an Entra ID v2 access token. */
export async function mintDevToken(request: TokenRequest, now: Date = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  // `azp` (v2 delegated tokens) and `appid` name the client application; throttling counts by it.
  const claims =
    request.kind === "user"
      ? {
          oid: request.userId,
          tid: request.tenantId,
          scp: request.scopes ?? DEFAULT_DELEGATED_SCOPES,
          azp: request.appId ?? DEV_APP_ID,
          idtyp: "user",
        }
      : { tid: request.tenantId, roles: request.roles, appid: request.appId ?? DEV_APP_ID, idtyp: "app" };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: DEV_ALGORITHM, typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setJti(randomUUID())
    .setIssuedAt(iat)
    .setExpirationTime(iat + parseDuration(request.expiresIn ?? "1h"));
  if (request.notBefore) jwt.setNotBefore(iat + parseDuration(request.notBefore));
  return jwt.sign(devSecret());
}
