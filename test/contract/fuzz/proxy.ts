// A reverse proxy that passes requests through byte for byte and lets a test change the answers:
// a reference server broken in one precise way, for showing that the fuzz notices.
import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type Rewrite = (request: { method: string; url: string }, answer: Answer) => Answer;

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

export async function startProxy(target: string, rewrite: Rewrite): Promise<Proxy> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.rawHeaders },
        (answer) => {
          const body: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => body.push(chunk));
          answer.on("end", () => {
            const changed = rewrite(
              { method: req.method ?? "", url: req.url ?? "" },
              { status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(body) },
            );
            const { "content-length": _length, "transfer-encoding": _encoding, connection: _connection, ...headers } = changed.headers;
            res.writeHead(changed.status, { ...headers, "content-length": String(changed.body.length) });
            res.end(changed.body);
          });
        },
      );
      forwarded.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      forwarded.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A Graph error body for `status` whose innerError agrees with the answer's id headers. */
export function graphError(status: number, code: string, headers: IncomingHttpHeaders): Buffer {
  const innerError = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    "request-id": headers["request-id"],
    "client-request-id": headers["client-request-id"],
  };
  return Buffer.from(JSON.stringify({ error: { code, message: `injected ${status}`, innerError } }));
}
