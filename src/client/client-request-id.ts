// Graph echoes `client-request-id` in its response headers and error envelope; sending a fresh
// one per request lets a caller's logs be matched with the service's when something fails.
import type { Middleware } from "openapi-fetch";

/**
 * An openapi-fetch middleware that sets a fresh `client-request-id` (a random UUID) on every
 * request, unless the caller already set that header (through `params.header` or `headers`).
 * `createGraphChatClient` registers it for you.
 *
 * @example
 * ```ts
 * const client = createClient<paths>({ baseUrl });
 * client.use(clientRequestIdMiddleware());
 * ```
 */
export function clientRequestIdMiddleware(): Middleware {
  return {
    onRequest({ request }) {
      if (!request.headers.has("client-request-id")) {
        // The global Web Crypto (not node:crypto), so the client also runs in browsers and workers.
        request.headers.set("client-request-id", crypto.randomUUID());
      }
      return request;
    },
  };
}
