// Bearer authentication as an openapi-fetch middleware. The token is fetched per request, so a
// getToken backed by a token cache (MSAL, @azure/identity) refreshes expired tokens by itself.
import type { Middleware } from "openapi-fetch";

/** Supplies an access token for Microsoft Graph (or the reference server); may be async. */
export type TokenProvider = () => string | Promise<string>;

/**
 * An openapi-fetch middleware that sets `Authorization: Bearer <token>` on every request,
 * calling `getToken` once per request. It replaces any Authorization header already set.
 * `createGraphChatClient` registers it for you; use it directly only with your own
 * `createClient<paths>()`.
 *
 * @example
 * ```ts
 * const client = createClient<paths>({ baseUrl: "https://graph.microsoft.com/v1.0" });
 * client.use(authMiddleware(() => credential.getToken("https://graph.microsoft.com/.default").then((t) => t.token)));
 * ```
 */
export function authMiddleware(getToken: TokenProvider): Middleware {
  return {
    async onRequest({ request }) {
      await setBearerToken(request, getToken);
      return request;
    },
  };
}

/** Sets `Authorization: Bearer <getToken()>` on `request`; also used for each retry. */
export async function setBearerToken(request: Request, getToken: TokenProvider): Promise<void> {
  request.headers.set("Authorization", `Bearer ${await getToken()}`);
}
