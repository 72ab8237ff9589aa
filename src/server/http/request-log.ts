// The requests the server received, for tests that check what their code sent (the harness's
// requests() and GET /_admin/requests). Bounded, so a long-running server cannot grow without end.
import type { RequestHandler } from "express";

/** One request as received and answered. The Authorization header is never kept. */
export interface RecordedRequest {
  readonly method: string;
  /** The path without the query string, e.g. `/v1.0/chats`. */
  readonly path: string;
  /** The raw query string without `?`; `""` when there is none. */
  readonly query: string;
  readonly status: number;
  /**
   * The JSON body as parsed; `undefined` when there was none or it was not read (requests
   * refused before their body is parsed, such as 401s, or bodies that are not JSON).
   */
  readonly body: unknown;
  /** The Graph error code of an error response (e.g. `BadRequest`); absent on success. */
  readonly errorCode?: string;
  /** The `request-id` the server answered with. */
  readonly requestId: string;
  /** When the request arrived (ISO 8601, system clock). */
  readonly time: string;
}

export const DEFAULT_REQUEST_LOG_CAPACITY = 1000;

export class RequestLog {
  private entries: RecordedRequest[] = [];

  /** Keeps the last `capacity` requests; older ones are dropped. */
  constructor(readonly capacity: number = DEFAULT_REQUEST_LOG_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error("RequestLog: capacity must be a positive integer");
  }

  add(entry: RecordedRequest): void {
    this.entries.push(entry);
    // Dropping in batches keeps add() amortised O(1) instead of shifting the array every time.
    if (this.entries.length >= this.capacity * 2) this.entries = this.entries.slice(-this.capacity);
  }

  /** The recorded requests, oldest first (a copy). */
  list(): RecordedRequest[] {
    return this.entries.slice(-this.capacity);
  }

  clear(): void {
    this.entries = [];
  }
}

// Swagger UI's assets and the admin API's own calls would only bury the API calls under test.
const UNRECORDED = /^\/(?:_admin|docs)(?:\/|$)/;

/** Records each request once its response has been sent. Runs after requestIds. */
export function recordRequests(log: RequestLog): RequestHandler {
  return (req, res, next) => {
    const time = new Date().toISOString();
    const [path = "", query = ""] = splitUrl(req.originalUrl);
    if (!UNRECORDED.test(path)) {
      res.once("finish", () => {
        const errorCode = res.locals.errorCode;
        log.add({
          method: req.method,
          path,
          query,
          status: res.statusCode,
          // A copy: the entry must not change if anything later touches the parsed body.
          body: req.body === undefined ? undefined : structuredClone(req.body as unknown),
          ...(errorCode !== undefined && { errorCode }),
          requestId: res.locals.requestId,
          time,
        });
      });
    }
    next();
  };
}

function splitUrl(url: string): [string, string] {
  const at = url.indexOf("?");
  return at < 0 ? [url, ""] : [url.slice(0, at), url.slice(at + 1)];
}
