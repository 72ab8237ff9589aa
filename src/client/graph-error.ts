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
  /** The HTTP status, e.g. `400`. */
  declare readonly status: number;
  /** Graph's error code, e.g. `"BadRequest"` or `"InvalidAuthenticationToken"`. */
  declare readonly code: string;
  /** The server's id for the request: the `request-id` header, else `innerError["request-id"]`. */
  declare readonly requestId: string | undefined;
  /** The `client-request-id` the server echoed (header, else `innerError`). */
  declare readonly clientRequestId: string | undefined;
  /** When the error happened, from `innerError.date` (ISO 8601 UTC). */
  declare readonly date: string | undefined;
  /** Seconds to wait before trying again, from `Retry-After` (seconds or an HTTP date), if sent. */
  declare readonly retryAfter: number | undefined;
  /** The error envelope as received, or `undefined` when the body was not a Graph envelope. */
  declare readonly body: ODataError | undefined;

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
    // `declare`d fields emit no initialisers, so this one assignment sets them all.
    const { message: _message, ...fields } = init;
    Object.assign(
      this,
      { requestId: undefined, clientRequestId: undefined, date: undefined, retryAfter: undefined, body: undefined },
      fields,
    );
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
    const parsed = typeof body === "string" ? parseJson(body) : body;
    const error = field(parsed, "error");
    const inner = field(error, "innerError");
    const header = (name: string): string | undefined => response.headers.get(name) ?? undefined;
    return new GraphError({
      status: response.status,
      code: text(field(error, "code")) ?? graphCodeForStatus(response.status),
      message: text(field(error, "message")) ?? (response.statusText || `HTTP ${response.status}`),
      requestId: header("request-id") ?? text(field(inner, "request-id")),
      clientRequestId: header("client-request-id") ?? text(field(inner, "client-request-id")),
      date: text(field(inner, "date")),
      retryAfter: retryAfterSeconds(response.headers.get("Retry-After")),
      body: isODataError(parsed) ? parsed : undefined,
    });
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** True only for a body with every field the contract requires, so `body` never lies. */
function isODataError(value: unknown): value is ODataError {
  const error = field(value, "error");
  const inner = field(error, "innerError");
  return (
    typeof field(error, "code") === "string" &&
    typeof field(error, "message") === "string" &&
    ["date", "request-id", "client-request-id"].every((name) => typeof field(inner, name) === "string")
  );
}

function retryAfterSeconds(value: string | null): number | undefined {
  const ms = parseRetryAfter(value);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}
