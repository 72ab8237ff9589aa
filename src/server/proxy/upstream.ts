// The connection to the upstream: one keep-alive agent, the request as received minus the
// hop-by-hop headers (RFC 9110 §7.6.1) and Host, and a time limit for the answer's headers.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "proxy-authorization",
  "proxy-authenticate",
  "host",
]);

export class UpstreamError extends Error {
  override name = "UpstreamError";
  constructor(
    readonly timedOut: boolean,
    message: string,
  ) {
    super(message);
  }
}

export class Upstream {
  readonly origin: string;
  private readonly url: URL;
  private readonly agent: HttpAgent;

  /** `timeoutMs`: how long the upstream may take to start answering. */
  constructor(
    origin: string,
    readonly timeoutMs: number,
  ) {
    this.url = new URL(origin);
    if (this.url.protocol !== "http:" && this.url.protocol !== "https:")
      throw new Error(`upstream must be an http(s) origin, got '${origin}'`);
    this.origin = this.url.origin;
    this.agent = this.url.protocol === "https:" ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  }

  /**
   * Sends `method path` with `rawHeaders` (except hop-by-hop ones and `drop`), writing `head` then
   * piping `rest` (if any) as the body; resolves with the answer once its headers are in.
   */
  send(
    method: string,
    path: string,
    rawHeaders: readonly string[],
    body: { head: readonly Buffer[]; rest?: NodeJS.ReadableStream },
    drop: ReadonlySet<string>,
  ): Promise<IncomingMessage> {
    const headers = forwardedHeaders(rawHeaders, drop);
    headers.push("Host", this.url.host);
    const send = this.url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = send(this.url, { method, path, headers, agent: this.agent, timeout: this.timeoutMs }, resolve);
      outgoing.on("timeout", () =>
        outgoing.destroy(new UpstreamError(true, `the upstream did not answer within ${Math.round(this.timeoutMs / 1000)} s`)),
      );
      outgoing.on("error", (error: NodeJS.ErrnoException) => {
        reject(
          error instanceof UpstreamError
            ? error
            : new UpstreamError(false, `the upstream ${this.origin} cannot be reached (${error.code ?? error.message})`),
        );
      });
      for (const chunk of body.head) outgoing.write(chunk);
      if (body.rest) body.rest.pipe(outgoing);
      else outgoing.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Header lines to pass on: without hop-by-hop headers, those the Connection header names, and `drop`. */
export function forwardedHeaders(rawHeaders: readonly string[], drop: ReadonlySet<string> = new Set()): string[] {
  const named = new Set<string>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === "connection")
      for (const token of (rawHeaders[i + 1] ?? "").split(",")) named.add(token.trim().toLowerCase());
  }
  const out: string[] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? "";
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.has(lower) || named.has(lower) || drop.has(lower)) continue;
    out.push(name, rawHeaders[i + 1] ?? "");
  }
  return out;
}
