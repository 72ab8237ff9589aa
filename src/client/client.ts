// The typed client: openapi-fetch over the contract's generated `paths`, so a wrong path, method,
// parameter or body property is a compile error, plus the middlewares every Graph call needs.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { authMiddleware, type TokenProvider } from "./auth.js";
import { clientRequestIdMiddleware } from "./client-request-id.js";
import { GraphError } from "./graph-error.js";

/** Options of {@link createGraphChatClient}. */
export interface GraphChatClientOptions {
  /**
   * The service root, including the version segment: `"https://graph.microsoft.com/v1.0"`,
   * `".../beta"`, or the reference server's `"http://127.0.0.1:3000/v1.0"`. One trailing slash
   * is ignored.
   */
  baseUrl: string;
  /** Returns the access token; called once per request, so it may refresh. */
  getToken: TokenProvider;
  /** The fetch to use; default `globalThis.fetch`. Tests inject a fake or an in-process one. */
  fetch?: typeof fetch;
  /** Headers sent with every request (e.g. `ConsistencyLevel`); per-call headers win. */
  headers?: HeadersInit;
}

/** The client returned by {@link createGraphChatClient}: an openapi-fetch `Client<paths>`. */
export type GraphChatClient = Client<paths>;

/**
 * Creates a typed client for the Microsoft Graph chat endpoints described by `openapi.yaml`.
 *
 * Every request gets `Authorization: Bearer <getToken()>` and a fresh `client-request-id`
 * (unless you pass one). Calls resolve to openapi-fetch's `{ data, error, response }`: HTTP
 * errors are values, with `error` typed as the Graph error envelope; only network failures
 * reject. Use {@link unwrap} to get `data` or a thrown {@link GraphError} instead.
 * Path parameters are percent-encoded for you (chat ids contain `:` and `@`).
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
export function createGraphChatClient(options: GraphChatClientOptions): GraphChatClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/$/, ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  client.use(authMiddleware(options.getToken), clientRequestIdMiddleware());
  return client;
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
