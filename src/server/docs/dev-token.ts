// GET /docs/dev-token?user={id or UPN}[&scopes=…]: a development token for a directory user, so
// Swagger UI can act as that user without a terminal. Mounted only when the server trusts the
// development key; with a JWKS it does not exist (404), as no token minted here would be accepted.
import type { RequestHandler } from "express";
import { mintDevToken } from "../auth/mint.js";
import type { Directory } from "../directory/directory.js";
import { HttpError } from "../http/graph-error.js";

/** How long a token minted for the docs page lasts; the page mints a fresh one on every pick. */
const LIFETIME_SECONDS = 3600;
const SCOPE = /^[A-Za-z][\w.]*$/;

/** The endpoint's answer, shaped after MSAL's AuthenticationResult where the names overlap. */
export interface DevTokenResponse {
  token: string;
  user: { id: string; userPrincipalName: string; displayName: string };
  scopes: string[];
  /** When the token expires (ISO 8601). */
  expiresOn: string;
}

/**
 * `directory` is read per request (the harness and /_admin may replace it); `defaultScopes` are
 * granted unless the request names its own (`scopes=Chat.Read`, to try a 403).
 */
export function devTokenEndpoint(directory: () => Directory, defaultScopes: readonly string[]): RequestHandler {
  return async (req, res) => {
    const { user: key, scopes: requested } = req.query;
    if (typeof key !== "string" || key.trim() === "") {
      throw new HttpError(400, "Name the user to act as: /docs/dev-token?user={id or userPrincipalName}.");
    }
    const tenant = directory();
    const user = tenant.find(key.trim());
    if (!user)
      throw new HttpError(404, `User '${key}' is not in the server's directory: give the id or userPrincipalName of one of its users.`);
    const scopes = parseScopes(requested) ?? [...defaultScopes];
    const now = new Date();
    const token = await mintDevToken(
      { kind: "user", userId: user.id, tenantId: tenant.tenantId, scopes: scopes.join(" "), expiresIn: `${LIFETIME_SECONDS}s` },
      now,
    );
    const expiresOn = new Date((Math.floor(now.getTime() / 1000) + LIFETIME_SECONDS) * 1000).toISOString();
    const body: DevTokenResponse = {
      token,
      user: { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName },
      scopes,
      expiresOn,
    };
    // A bearer token: never kept by a browser cache or a proxy.
    res.set("Cache-Control", "no-store").json(body);
  };
}

function parseScopes(requested: unknown): string[] | undefined {
  if (requested === undefined) return undefined;
  const scopes = typeof requested === "string" ? requested.split(/[\s,]+/).filter(Boolean) : [];
  if (scopes.length === 0 || !scopes.every((scope) => SCOPE.test(scope))) {
    throw new HttpError(400, "scopes must be delegated permission names separated by spaces, like 'Chat.Read ChatMessage.Send'.");
  }
  return scopes;
}
