// The webhook the suite points subscriptions at: a node:http server on 127.0.0.1 for the length of
// a run. Each endpoint answers Graph's validation request the way its behaviour says (correctly,
// or wrongly on purpose) and every request is recorded with the moment it arrived, so checks can
// see what the server under test sent, and whether it sent it before it answered.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How an endpoint answers the validation request; change notifications always get 202. */
export type EndpointBehaviour =
  /** 200, text/plain, the decoded token: what Graph requires. */
  | "ok"
  /** 500. */
  | "fail-status"
  /** 200, text/plain, another text. */
  | "wrong-body"
  /** 200, text/plain, the token as it stood in the query, still URL-encoded. */
  | "raw-token"
  /** 200 with the decoded token, but labelled application/json. */
  | "not-text";

export interface ReceivedRequest {
  /** `Date.now()` when the request's body had arrived (same clock as the suite's). */
  at: number;
  method: string;
  /** `{behaviour}/{n}`: which endpoint it reached. */
  endpoint: string;
  /** The `validationToken` query value as sent, still encoded; absent on a notification. */
  rawValidationToken?: string;
  /** The same, decoded. */
  validationToken?: string;
  contentType: string | undefined;
  body: string;
  /** What the receiver answered. */
  status: number;
}

export interface Receiver {
  /** Where the server under test is told to deliver: the public URL, or `http://127.0.0.1:{port}`. */
  readonly url: string;
  /** A new endpoint's URL: each subscription gets its own, so requests are told apart. */
  endpoint(behaviour?: EndpointBehaviour): string;
  /** What reached the endpoint of `endpointUrl`, oldest first. */
  requestsTo(endpointUrl: string): ReceivedRequest[];
  /** The first request to the endpoint that matches, polling until `timeoutMs` has passed; undefined if none came. */
  waitFor(endpointUrl: string, match: (request: ReceivedRequest) => boolean, timeoutMs: number): Promise<ReceivedRequest | undefined>;
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** Listen here on 127.0.0.1; default a free port. */
  port?: number;
  /** A public URL that forwards every path to the port (a tunnel); default the local URL. */
  publicUrl?: string;
}

// Bounds for a receiver that outlives a long run against a chatty server.
const MAX_RECORDS = 10_000;
const MAX_BODY_BYTES = 1024 * 1024;
const POLL_MS = 25;
const BEHAVIOURS: readonly EndpointBehaviour[] = ["ok", "fail-status", "wrong-body", "raw-token", "not-text"];

/** Starts a receiver; resolves once it listens. */
export async function startReceiver(options: ReceiverOptions = {}): Promise<Receiver> {
  const records: ReceivedRequest[] = [];
  // Kept before it is answered: a check that sees the server's answer then sees the request too.
  const keep = (record: ReceivedRequest) => {
    records.push(record);
    if (records.length > MAX_RECORDS) records.splice(0, records.length - MAX_RECORDS);
  };
  const server = createServer((req, res) => {
    receive(req, res, keep).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = (options.publicUrl ?? local).replace(/\/+$/, "");
  let counter = 0;
  const requestsTo = (endpointUrl: string) => {
    const key = endpointOf(new URL(endpointUrl).pathname);
    return records.filter((r) => r.endpoint === key);
  };
  return {
    url,
    endpoint: (behaviour = "ok") => `${url}/${behaviour}/${++counter}`,
    requestsTo,
    waitFor: async (endpointUrl, match, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = requestsTo(endpointUrl).find(match);
        if (found || Date.now() >= deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The last two path segments, `{behaviour}/{n}`: a tunnel may put its own prefix before them. */
function endpointOf(pathname: string): string {
  return pathname.split("/").filter(Boolean).slice(-2).join("/");
}

async function receive(req: IncomingMessage, res: ServerResponse, keep: (record: ReceivedRequest) => void): Promise<void> {
  const body = await readBody(req);
  const target = req.url ?? "/";
  const endpoint = endpointOf(target.split("?")[0] ?? "");
  // Read from the raw query, so a check can see how the token was encoded on the wire.
  const query = target.includes("?") ? target.slice(target.indexOf("?") + 1) : "";
  const raw = query
    .split("&")
    .find((part) => part.startsWith("validationToken="))
    ?.slice("validationToken=".length);
  const record: ReceivedRequest = {
    at: Date.now(),
    method: req.method ?? "",
    endpoint,
    contentType: req.headers["content-type"],
    body,
    status: 202,
  };
  if (raw === undefined) {
    keep(record);
    res.writeHead(202).end();
    return;
  }
  const token = new URLSearchParams(query).get("validationToken") ?? "";
  const behaviour = BEHAVIOURS.find((b) => endpoint.startsWith(`${b}/`)) ?? "ok";
  const [status, type, text] = answer(behaviour, token, raw);
  keep({ ...record, rawValidationToken: raw, validationToken: token, status });
  res.writeHead(status, { "content-type": type }).end(text);
}

function answer(behaviour: EndpointBehaviour, token: string, raw: string): [number, string, string] {
  const plain = "text/plain; charset=utf-8";
  switch (behaviour) {
    case "ok":
      return [200, plain, token];
    case "fail-status":
      return [500, plain, "the receiver refuses on purpose"];
    case "wrong-body":
      return [200, plain, "not the validation token"];
    case "raw-token":
      return [200, plain, raw];
    case "not-text":
      return [200, "application/json", token];
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const bytes = chunk as Buffer;
    size += bytes.byteLength;
    if (size <= MAX_BODY_BYTES) chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}
