// Bearer-token authentication: turns a verified JWT into a Caller, or answers 401 with
// `WWW-Authenticate: Bearer` and code InvalidAuthenticationToken.
import type { RequestHandler } from "express";
import type { JWTPayload } from "jose";
import { DEV_APP_ID } from "./mint.js";
import type { TokenVerifier } from "./verify.js";
import type { Directory } from "../directory/directory.js";
import type { Caller } from "../domain/caller.js";
import { unauthorized } from "../http/graph-error.js";

/** `directory` is read per request: the harness and /_admin may replace it at any time. */
export function authenticate(verify: TokenVerifier, directory: () => Directory): RequestHandler {
  return async (req, res, next) => {
    const header = req.get("authorization");
    if (header === undefined || header.trim() === "") throw unauthorized("Access token is empty.", false);
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw unauthorized("Access token is empty or the Authorization header is not of the form 'Bearer {token}'.", false);
    const payload = await verify(match[1]);
    res.locals.caller = toCaller(payload, directory());
    res.locals.appId = appIdOf(payload) ?? DEV_APP_ID;
    // Subscriptions ask for reauthorization when the token that made them expires.
    if (typeof payload.exp === "number") res.locals.tokenExpiresAt = new Date(payload.exp * 1000);
    next();
  };
}

function toCaller(payload: JWTPayload, directory: Directory): Caller {
  const tenantId = typeof payload.tid === "string" ? payload.tid.toLowerCase() : "";
  // Tokens are issued per tenant; a token of another tenant does not open this one's chats.
  if (tenantId !== directory.tenantId) throw unauthorized("Access token validation failure. The token was issued for another tenant.");
  // Delegated tokens carry `scp`; application tokens carry `roles` and no `scp` (Entra ID's rule).
  if (typeof payload.scp === "string") {
    const oid = typeof payload.oid === "string" ? payload.oid : "";
    const user = directory.find(oid);
    if (!user) throw unauthorized("Access token validation failure. The token's user (oid) is not in the tenant's directory.");
    return { kind: "user", userId: user.id, tenantId, scopes: new Set(payload.scp.split(" ").filter(Boolean)) };
  }
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === "string") : [];
  return { kind: "app", appId: appIdOf(payload) ?? "unknown", tenantId, roles: new Set(roles) };
}

/** Entra ID names the client application `appid` (v1 tokens) or `azp` (v2 tokens). */
function appIdOf(payload: JWTPayload): string | undefined {
  if (typeof payload.appid === "string") return payload.appid;
  return typeof payload.azp === "string" ? payload.azp : undefined;
}
