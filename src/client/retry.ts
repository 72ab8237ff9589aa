// Retrying throttled and unavailable answers, as Microsoft's own Graph client does (429, 503, 504;
// Retry-After, else exponential back-off from 3 s; at most 3 retries; a Retry-Attempt header),
// built on openapi-fetch's middleware contract rather than a wrapped fetch, so it composes with
// the other middlewares and with per-call options.
import type { Middleware } from "openapi-fetch";

/** Options of {@link retryMiddleware} (and of `createGraphChatClient`'s `retry`). */
export interface RetryOptions {
  /** Retries after the first try; default 3, so at most 4 requests. `0` never retries. */
  maxRetries?: number;
  /**
   * The back-off before the first retry when the answer has no usable `Retry-After`; it doubles
   * for each further retry. Default 3000 ms (as `@microsoft/microsoft-graph-client`).
   */
  baseDelayMs?: number;
  /**
   * The longest wait; default 60000 ms. Back-off is capped at it; a `Retry-After` longer than
   * it is not waited for: the answer (e.g. the 429) is returned as it is.
   */
  maxDelayMs?: number;
  /** The statuses that are retried; default `[429, 503, 504]`. */
  statuses?: readonly number[];
  /**
   * Called after each wait, just before the retry is sent, with the request about to be sent
   * (its headers may be changed, e.g. a fresh token) and the retry's number (1, 2, …).
   * `createGraphChatClient` uses it to call `getToken` again for every retry.
   */
  beforeRetry?: (request: Request, attempt: number) => void | Promise<void>;
  /**
   * Waits `ms`, rejecting with the signal's reason (an `AbortError`) as soon as `signal`
   * aborts. Default: a timer. Tests inject one that records the delays and returns at once.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

type Outcome = { response: Response; error?: never } | { error: unknown; response?: never };

/**
 * An openapi-fetch middleware that retries 429, 503 and 504 answers (any method) and network
 * failures (only GET, HEAD, PUT, DELETE and OPTIONS, which are idempotent).
 *
 * It waits as `Retry-After` says (seconds or an HTTP date), otherwise `baseDelayMs · 2^(n−1)`
 * with equal jitter (between half and all of it), never longer than `maxDelayMs`. Each retry
 * carries `Retry-Attempt: n` and the same method, URL, headers and body as the first try.
 * After `maxRetries` the last answer is returned (or the last network error thrown). Aborting
 * the call's `signal` ends a wait at once with an `AbortError`, and nothing more is sent.
 *
 * Register it after the middlewares that set headers or the body (it replays the request as
 * they left it): retries are sent straight through the client's fetch and do not run the
 * other middlewares' `onRequest` again. Use `beforeRetry` for what must change per try;
 * `createGraphChatClient` registers it for you, with `beforeRetry` refreshing the token.
 *
 * @example
 * ```ts
 * const client = createClient<paths>({ baseUrl: "https://graph.microsoft.com/v1.0" });
 * client.use(authMiddleware(getToken), retryMiddleware({ maxRetries: 5, maxDelayMs: 30_000 }));
 * ```
 */
export function retryMiddleware({
  maxRetries = 3,
  baseDelayMs = 3000,
  maxDelayMs = 60_000,
  statuses = [429, 503, 504],
  beforeRetry,
  sleep = abortableSleep,
}: RetryOptions = {}): Middleware {
  if (!(Number.isInteger(maxRetries) && maxRetries >= 0 && baseDelayMs >= 0 && maxDelayMs >= 0)) {
    throw new RangeError("retryMiddleware: maxRetries must be a whole number >= 0, baseDelayMs and maxDelayMs >= 0");
  }
  // fetch() consumes a request's body, so by the time onResponse/onError see the request it can
  // no longer be cloned. onRequest therefore keeps the body's bytes, keyed by the Request object;
  // retries are rebuilt from the final request (URL, method, headers and signal stay readable)
  // plus those bytes. A WeakMap needs no cleanup, also when a later onRequest answers early.
  const bodies = new WeakMap<Request, ArrayBuffer>();
  // Answers this middleware already settled. When onError recovers with a Response, openapi-fetch
  // runs every onResponse on it, this one included, which must not start counting again.
  const settled = new WeakSet<Response>();

  async function retry(request: Request, fetch: typeof globalThis.fetch, outcome: Outcome): Promise<Outcome> {
    const { signal } = request;
    const body = bodies.get(request);
    // A body this middleware never saw (a later middleware replaced the Request) cannot be replayed.
    for (let attempt = 1; attempt <= maxRetries && (request.body === null || body); attempt++) {
      const { response } = outcome;
      // A network failure may come after the server acted, so only idempotent methods are re-sent.
      if (response ? !statuses.includes(response.status) : !/^(GET|HEAD|PUT|DELETE|OPTIONS)$/.test(request.method)) break;
      // Without a usable Retry-After: exponential back-off with equal jitter, between half and all
      // of base · 2^(attempt−1), capped at maxDelayMs. So only a Retry-After can ask for longer.
      const ceiling = Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
      const delay =
        parseRetryAfter(response?.headers.get("Retry-After") ?? null) ?? Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
      if (delay > maxDelayMs) break;
      // Release the discarded answer's connection before waiting.
      await response?.body?.cancel().catch(() => undefined);
      // Checked around the wait too, so an injected sleep that ignores the signal cannot make an
      // aborted call send again.
      signal.throwIfAborted();
      await sleep(delay, signal);
      signal.throwIfAborted();
      // The signal comes along with `request`, so aborting also cancels the retried fetch.
      const next = new Request(request, { body });
      next.headers.set("Retry-Attempt", String(attempt));
      await beforeRetry?.(next, attempt);
      try {
        outcome = { response: await fetch(next) };
      } catch (error) {
        signal.throwIfAborted();
        outcome = { error };
      }
    }
    if (outcome.response) settled.add(outcome.response);
    return outcome;
  }

  return {
    async onRequest({ request }) {
      if (maxRetries && request.body) bodies.set(request, await request.clone().arrayBuffer());
    },
    async onResponse({ request, response, options: { fetch } }) {
      if (settled.has(response)) return response;
      const outcome = await retry(request, fetch, { response });
      // A retry failed on the network and may not be retried again: the call rejects with that.
      if (!outcome.response) throw outcome.error;
      return outcome.response;
    },
    async onError({ request, error, options: { fetch } }) {
      if (request.signal.aborted) return; // rethrow the AbortError as it is
      const outcome = await retry(request, fetch, { error });
      // A Response recovers the call; an Error (the last failure) is thrown in place of the first.
      return outcome.response ?? (outcome.error instanceof Error ? outcome.error : undefined);
    },
  };
}

/**
 * The wait a `Retry-After` value asks for, in milliseconds: whole seconds, or an HTTP date
 * (the time until then, at least 0). `undefined` when absent or not understood.
 *
 * @example
 * ```ts
 * parseRetryAfter("120"); // 120000
 * parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"); // 0: that time has passed
 * ```
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const text = value?.trim() ?? "";
  // Every HTTP date form names a day and month; without letters, Date.parse would guess ("1.5").
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /[a-z]/i.test(text) ? Date.parse(text) - now : NaN;
  return isNaN(ms) ? undefined : Math.max(0, ms);
}

// Only ever called right after retry's signal.throwIfAborted(), so the signal is not aborted yet.
function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      if (signal.aborted) reject(signal.reason as Error);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
