// The typed client: openapi-fetch over the contract's generated `paths`, so a wrong path, method,
// parameter or body property is a compile error, plus the middlewares every Graph call needs.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { authMiddleware, setBearerToken, type TokenProvider } from "./auth.js";
import { clientRequestIdMiddleware } from "./client-request-id.js";
import { GraphError } from "./graph-error.js";
import { paginator, type Paginate } from "./paginate.js";
import { retryMiddleware, type RetryOptions } from "./retry.js";

/** Options of {@link createGraphChatClient}. */
export interface GraphChatClientOptions {
  /**
   * The service root, including the version segment: `"https://graph.microsoft.com/v1.0"`,
   * `".../beta"`, or the reference server's `"http://127.0.0.1:3000/v1.0"`. One trailing slash
   * is ignored.
   */
  baseUrl: string;
  /** Returns the access token; called once per request (and per retry), so it may refresh. */
  getToken: TokenProvider;
  /** The fetch to use; default `globalThis.fetch`. Tests inject a fake or an in-process one. */
  fetch?: typeof fetch;
  /** Headers sent with every request (e.g. `ConsistencyLevel`); per-call headers win. */
  headers?: HeadersInit;
  /**
   * Retrying of 429, 503 and 504 answers and of network failures of idempotent calls (see
   * {@link retryMiddleware}); on by default with its defaults (at most 3 retries, `Retry-After`
   * honoured up to 60 s, else back-off from 3 s). `false` turns it off. Each retry asks
   * `getToken` again, so a token refreshed during a long wait is used.
   */
  retry?: false | RetryOptions;
}

/**
 * The client returned by {@link createGraphChatClient}: an openapi-fetch `Client<paths>` plus
 * {@link Paginate | paginate}.
 *
 * @example
 * ```ts
 * const client: GraphChatClient = createGraphChatClient({ baseUrl, getToken });
 * for await (const message of client.paginate("/chats/{chatId}/messages", { params: { path: { chatId } } })) {
 *   console.log(message.createdDateTime, message.body.content);
 * }
 * ```
 */
export type GraphChatClient = Client<paths> & {
  /** Iterates over a collection's items across its pages; see {@link Paginate}. */
  paginate: Paginate;
};

/**
 * Creates a typed client for the Microsoft Graph chat endpoints described by `openapi.yaml`.
 *
 * Every request gets `Authorization: Bearer <getToken()>` and a fresh `client-request-id`
 * (unless you pass one). Calls resolve to openapi-fetch's `{ data, error, response }`: HTTP
 * errors are values, with `error` typed as the Graph error envelope; only network failures
 * reject. Use {@link unwrap} to get `data` or a thrown {@link GraphError} instead.
 * Path parameters are percent-encoded for you (chat ids contain `:` and `@`).
 * Throttled (429) and unavailable (503, 504) answers are retried (see `options.retry`), and
 * `client.paginate(path, init)` iterates over a collection's items across its pages.
 *
 * @example
 * ```ts
 * const client = createGraphChatClient({ baseUrl: "https://graph.microsoft.com/v1.0", getToken });
 * const { data, error } = await client.GET("/chats/{chatId}", {
 *   params: { path: { chatId: "19:1c5b01696d2e4a179c292bc9cf04e63b@thread.v2" }, query: { $expand: "members" } },
 * });
 * if (error) console.error(error.error.code, error.error.message);
 * else console.log(data.topic, data.members?.length);
 * ```
 */
export function createGraphChatClient({ baseUrl, getToken, fetch, headers, retry }: GraphChatClientOptions): GraphChatClient {
  // openapi-fetch drops one trailing slash of baseUrl, and falls back to globalThis.fetch (read
  // now, as before) when `fetch` is undefined.
  const client = createClient<paths>({ baseUrl, fetch, headers });
  // Order matters: openapi-fetch runs onRequest in registration order and onResponse in
  // reverse. Retry comes last, so it sees (and replays) the request with the token and
  // client-request-id already set, and its onResponse runs first, so the middlewares before it
  // only ever see the final answer. Retries skip the other onRequest hooks; beforeRetry puts a
  // fresh token on each (client-request-id stays the same: it is one logical request).
  client.use(authMiddleware(getToken), clientRequestIdMiddleware());
  if (retry !== false) {
    client.use(
      retryMiddleware({
        ...retry,
        beforeRetry: async (request, attempt) => {
          await setBearerToken(request, getToken);
          await retry?.beforeRetry?.(request, attempt);
        },
      }),
    );
  }
  return Object.assign(client, { paginate: paginator(client) });
}

/**
 * Awaits a client call and returns its `data` on a 2xx answer; otherwise throws a
 * {@link GraphError} carrying the status, Graph code, message and request ids.
 * Network failures reject as they are.
 *
 * @example
 * ```ts
 * const chat = await unwrap(
 *   client.POST("/chats", { body: { chatType: "group", topic: "Launch", members } }),
 * );
 * console.log(chat.id); // typed: components["schemas"]["chatEntityResponse"]
 * ```
 */
export async function unwrap<T>(result: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await result;
  if (!response.ok) throw GraphError.from(response, error);
  // openapi-fetch leaves `data` undefined only for bodiless successes (204, HEAD,
  // Content-Length: 0), whose operations declare no content, so T already admits it.
  return data as T;
}
