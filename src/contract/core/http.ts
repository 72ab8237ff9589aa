// Sending one request and checking its response against the contract's rules for every
// response, so no check can forget them.
import type { SentRequest } from "./curl.js";
import type { Exchange, RequestSpec } from "./exchange.js";
import { CheckFailure, RequestFailed } from "./failure.js";
import type { Spec } from "./spec.js";
import type { TokenKind } from "./types.js";
import { verifyResponse } from "./verify-response.js";

export interface HttpDeps {
  origin: string;
  fetch: typeof fetch;
  token: (kind: TokenKind) => Promise<string>;
  spec: Spec;
  seed: number;
  /** Sees every answered request and what is wrong with its answer (undefined when it conforms). */
  observe?: (exchange: Exchange, problem: string | undefined) => void;
}

/** Sends requests and verifies each answer (see {@link verifyResponse}). */
export class Http {
  private counter = 0;

  constructor(private readonly deps: HttpDeps) {}

  /** The v1.0 service root. */
  get root(): string {
    return this.rootOf("/v1.0");
  }

  /** A service root: `/v1.0` or `/beta`. */
  rootOf(base: "/v1.0" | "/beta"): string {
    return `${this.deps.origin.replace(/\/+$/, "")}${base}`;
  }

  /**
   * Sends and verifies; fails the check on a response that breaks the contract. `seen` gets the
   * answer first, even a broken one, so what the request made can still be cleaned up.
   */
  async send(spec: RequestSpec, seen?: (exchange: Exchange) => void): Promise<Exchange> {
    const { exchange, problem } = await this.exchange(spec);
    seen?.(exchange);
    if (problem) throw new CheckFailure(`${spec.method} ${spec.path} → ${exchange.status}: ${problem}`, exchange.request);
    return exchange;
  }

  /**
   * Sends and verifies, returning what is wrong instead of failing: for callers that count
   * problems (the fuzz, the races) rather than stop at the first. Throws {@link RequestFailed}
   * when there is no response at all.
   */
  async exchange(spec: RequestSpec): Promise<{ exchange: Exchange; problem: string | undefined }> {
    const headers: Record<string, string> = {};
    if (spec.as) headers.Authorization = `Bearer ${"raw" in spec.as ? spec.as.raw : await this.deps.token(spec.as)}`;
    // Deterministic ids keep a seeded run's requests identical from one run to the next.
    const clientRequestId = spec.clientRequestId === undefined ? `contract-${this.deps.seed}-${++this.counter}` : spec.clientRequestId;
    if (clientRequestId !== null) headers["client-request-id"] = clientRequestId;
    let body: string | undefined;
    if (spec.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(spec.body);
    }
    const query = new URLSearchParams(spec.query ?? {}).toString();
    const url = spec.path.startsWith("http") ? spec.path : `${this.rootOf(spec.base ?? "/v1.0")}${spec.path}${query ? `?${query}` : ""}`;
    const request: SentRequest = { method: spec.method, url, headers, ...(body !== undefined && { body }) };
    let response: Response;
    try {
      response = await this.deps.fetch(url, { method: spec.method, headers, ...(body !== undefined && { body }) });
    } catch (error) {
      throw new RequestFailed(`request failed: ${(error as Error).message}`, request);
    }
    // Read as bytes, so a body that is not text (an image) arrives intact; the text is decoded as
    // response.text() would (UTF-8, BOM dropped).
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const exchange: Exchange = { request, status: response.status, headers: response.headers, json, bytes };
    const problem = verifyResponse(this.deps.spec, exchange, text, spec.op, clientRequestId);
    this.deps.observe?.(exchange, problem);
    return { exchange, problem };
  }
}

/** Fails unless the status is one of `expected`, quoting the server's error message if any. */
export function expectStatus(exchange: Exchange, expected: number[] | ((status: number) => boolean), why: string): void {
  const ok = typeof expected === "function" ? expected(exchange.status) : expected.includes(exchange.status);
  if (ok) return;
  const message = errorMessage(exchange.json);
  const wanted = typeof expected === "function" ? "" : ` (expected ${expected.join(" or ")})`;
  throw new CheckFailure(`${why}: got ${exchange.status}${wanted}${message ? ` — server said: ${message}` : ""}`, exchange.request);
}

function errorMessage(json: unknown): string | undefined {
  const error = (json as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === "string" ? error.message : undefined;
}

/** A path segment, percent-encoded (chat ids contain `:` and `@`). */
export const seg = (value: string): string => encodeURIComponent(value);
