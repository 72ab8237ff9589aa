// GraphError: one error type for every non-2xx answer, whether or not the body was Graph's
// envelope (proxies and load balancers answer 502/504 with HTML or nothing at all).
import type { components } from "../../generated/schema.js";
import { graphCodeForStatus } from "../shared/graph-error-codes.js";
import { parseRetryAfter } from "./retry.js";

type ODataError = components["schemas"]["odataError"];

/**
 * A Microsoft Graph error response, thrown by {@link unwrap}.
 *
 * `code`, `message` and the ids come from the Graph error envelope when the body is one;
 * otherwise `code` is derived from the status (`502` → `"BadGateway"`) and `message` is the
 * status text. `requestId` is what to quote when reporting a failure to the service owner.
 *
 * @example
 * ```ts
 * try {
 *   await unwrap(client.GET("/chats/{chatId}", { params: { path: { chatId } } }));
 * } catch (e) {
 *   if (e instanceof GraphError && e.status === 404) return undefined;
 *   throw e;
 * }
 * ```
 */
export class GraphError extends Error {
  override readonly name = "GraphError";
  // Fields without initialisers, so each exists (maybe undefined) on every instance and the
  // constructor's one Object.assign sets them, `message` included (as super() did).
  /** The HTTP status, e.g. `400`. */
  readonly status!: number;
  /** Graph's error code, e.g. `"BadRequest"` or `"InvalidAuthenticationToken"`. */
  readonly code!: string;
  /** The server's id for the request: the `request-id` header, else `innerError["request-id"]`. */
  readonly requestId: string | undefined;
  /** The `client-request-id` the server echoed (header, else `innerError`). */
  readonly clientRequestId: string | undefined;
  /** When the error happened, from `innerError.date` (ISO 8601 UTC). */
  readonly date: string | undefined;
  /** Seconds to wait before trying again, from `Retry-After` (seconds or an HTTP date), if sent. */
  readonly retryAfter: number | undefined;
  /** The error envelope as received, or `undefined` when the body was not a Graph envelope. */
  readonly body: ODataError | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    requestId?: string | undefined;
    clientRequestId?: string | undefined;
    date?: string | undefined;
    retryAfter?: number | undefined;
    body?: ODataError | undefined;
  }) {
    super(init.message);
    Object.assign(this, init);
  }

  /**
   * Builds a GraphError from a response and its body: the parsed JSON (as openapi-fetch's
   * `error`), the raw text, or `undefined` for an empty body. Never throws.
   *
   * @example
   * ```ts
   * const response = await fetch(url);
   * if (!response.ok) throw GraphError.from(response, await response.text());
   * ```
   */
  static from(response: Response, body: unknown): GraphError {
    let parsed = body;
    if (typeof body === "string") {
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
    }
    const error = record(record(parsed).error);
    const inner = record(error.innerError);
    const { status, statusText, headers } = response;
    const id = (name: string) => headers.get(name) ?? text(inner[name]);
    const retryAfter = parseRetryAfter(headers.get("Retry-After"));
    return new GraphError({
      status,
      code: text(error.code) ?? graphCodeForStatus(status),
      message: text(error.message) ?? (statusText || `HTTP ${status}`),
      requestId: id("request-id"),
      clientRequestId: id("client-request-id"),
      date: text(inner.date),
      // 0 and undefined stay as they are.
      retryAfter: retryAfter && Math.ceil(retryAfter / 1000),
      // Only a body with every field the contract requires is typed as the envelope, so `body` never lies.
      body: [error.code, error.message, inner.date, inner["request-id"], inner["client-request-id"]].every((v) => typeof v === "string")
        ? (parsed as ODataError)
        : undefined,
    });
  }
}

/** `value` when it is an object, else an empty one: fields of anything else read as undefined. */
export function record(value: unknown): Record<string, unknown> {
  return ((typeof value === "object" && value) || {}) as Record<string, unknown>;
}

function text(value: unknown): string | undefined {
  return (typeof value === "string" && value) || undefined;
}
