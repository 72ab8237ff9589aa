// HTTP over node:http with a keep-alive agent, for the fuzz and the races. Unlike fetch it sends
// a request exactly as given — path not normalised or re-encoded, duplicate headers, no Host,
// raw bytes — and its socket count is ours to set (fetch's pool is not, and undici is not a
// runtime dependency of this package).
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

const BODILESS = new Set(["GET", "HEAD", "DELETE", "OPTIONS", "TRACE"]);

/** A request as sent on the wire. */
export interface WireRequest {
  method: string;
  /** Below the origin, sent byte for byte (characters up to U+00FF go out as single bytes). */
  path: string;
  /** In order, duplicates allowed. Host is added unless `omitHost`; Content-Length always for a body. */
  headers: [string, string][];
  body?: Uint8Array;
  /** Send no Host header at all (an HTTP/1.1 protocol error). */
  omitHost?: boolean;
}

export interface WireResponse {
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface TransportOptions {
  /** Most sockets open at once; requests beyond wait for one. Default 16. */
  sockets?: number;
  /** A request with no answer after this long fails. Default 30 s. */
  timeoutMs?: number;
}

/** Why a request got no response. */
export class NoResponseError extends Error {
  override name = "NoResponseError";
}

export class NodeTransport {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly timeoutMs: number;

  constructor(origin: string, options: TransportOptions = {}) {
    this.url = new URL(origin);
    if (this.url.protocol !== "http:" && this.url.protocol !== "https:") throw new Error(`not an http(s) origin: ${origin}`);
    const agentOptions = { keepAlive: true, maxSockets: options.sockets ?? 16 };
    this.agent = this.url.protocol === "https:" ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The origin requests go to, e.g. `http://127.0.0.1:3000`. */
  get origin(): string {
    return this.url.origin;
  }

  async send(request: WireRequest): Promise<WireResponse> {
    try {
      return await this.attempt(request, true);
    } catch (error) {
      throw error instanceof NoResponseError ? error : new NoResponseError((error as Error).message);
    }
  }

  /** A fetch over this transport, for {@link Http}: same wire behaviour, same socket pool. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(this.url.origin)) throw new Error(`this transport only reaches ${this.url.origin}, not ${url}`);
    const headers: [string, string][] = [];
    new Headers(init?.headers).forEach((value, name) => headers.push([name, value]));
    const body = init?.body;
    if (body !== undefined && body !== null && typeof body !== "string" && !(body instanceof Uint8Array))
      throw new Error("this transport sends string or byte bodies only");
    const response = await this.send({
      method: init?.method ?? "GET",
      path: url.slice(this.url.origin.length) || "/",
      headers,
      ...(body !== undefined && body !== null && { body: typeof body === "string" ? Buffer.from(body, "utf8") : body }),
    });
    // A Response may not carry a body for these statuses; the bytes (if any) are ignored anyway.
    const bodiless = response.status === 204 || response.status === 304 || (response.status >= 100 && response.status < 200);
    return new Response(bodiless ? null : new Uint8Array(response.body), { status: response.status, headers: response.headers });
  };

  /** Closes every socket. */
  close(): void {
    this.agent.destroy();
  }

  private attempt(request: WireRequest, mayRetry: boolean): Promise<WireResponse> {
    return new Promise<WireResponse>((resolve, reject) => {
      let req: ClientRequest;
      try {
        const send = this.url.protocol === "https:" ? httpsRequest : httpRequest;
        req = send({
          protocol: this.url.protocol,
          hostname: this.url.hostname.replace(/^\[|\]$/g, ""),
          port: this.url.port,
          method: request.method,
          path: request.path,
          agent: this.agent,
          // The flat raw-headers form: sent in order, duplicates kept, nothing added by Node.
          headers: this.wireHeaders(request).flat(),
        });
      } catch (error) {
        reject(new NoResponseError(`the request cannot be sent: ${(error as Error).message}`));
        return;
      }
      req.setTimeout(this.timeoutMs, () => req.destroy(new NoResponseError(`no response within ${this.timeoutMs} ms`)));
      req.on("response", (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: toHeaders(res.rawHeaders), body: Buffer.concat(chunks) }));
      });
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed just as it was reused: Node's documented advice
        // is to retry once on a fresh one. A second failure is real.
        if (mayRetry && req.reusedSocket && error.code === "ECONNRESET") this.attempt(request, false).then(resolve, reject);
        else reject(error);
      });
      req.end(request.body);
    });
  }

  private wireHeaders(request: WireRequest): [string, string][] {
    const headers = request.headers.filter(([name]) => name.toLowerCase() !== "content-length");
    const hasHost = headers.some(([name]) => name.toLowerCase() === "host");
    const host = request.omitHost || hasHost ? [] : [["Host", this.url.host] as [string, string]];
    // Without a length Node would stream a POST chunked; an absent body is sent as length 0, as
    // fetch and curl do.
    const bytes = request.body?.byteLength ?? (BODILESS.has(request.method.toUpperCase()) ? undefined : 0);
    const length = bytes !== undefined ? [["Content-Length", String(bytes)] as [string, string]] : [];
    return [...host, ...headers, ...length];
  }
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] as string, raw[i + 1] as string);
    } catch {
      // A header Headers cannot hold (e.g. a non-ByteString value) is dropped, not fatal.
    }
  }
  return headers;
}
