// A stand-in for the path between the server under test and the suite's receiver (the suite's
// `receiverUrl`/`receiverPort`): it can answer validation requests itself, so the receiver never
// sees them or the server never hears the receiver refuse, and can rewrite notifications on the
// way. To the suite, that is a server that skips the handshake, keeps a subscription whose
// handshake failed, or sends wrong notifications.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface HookProxyOptions {
  /**
   * `swallow`: answer validation requests correctly without passing them on; `approve`: pass them
   * on, then answer correctly whatever the receiver said; `pass` (default): pass them on as they are.
   */
  validation?: "swallow" | "approve" | "pass";
  /** Changes a notification's JSON body on its way to the receiver. */
  rewrite?: (json: unknown) => unknown;
}

export interface HookProxy {
  /** The suite's `receiverUrl`. */
  url: string;
  /** The suite's `receiverPort`: where the proxy forwards to. */
  receiverPort: number;
  close(): Promise<void>;
}

/** A free port on 127.0.0.1, for the receiver to listen on behind the proxy. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startHookProxy(options: HookProxyOptions): Promise<HookProxy> {
  const receiverPort = await freePort();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const target = `http://127.0.0.1:${receiverPort}${req.url ?? "/"}`;
        const token = new URL(target).searchParams.get("validationToken");
        const mode = options.validation ?? "pass";
        let body = Buffer.concat(chunks).toString("utf8");
        if (token === null && options.rewrite && body) body = JSON.stringify(options.rewrite(JSON.parse(body)));
        const contentType = req.headers["content-type"];
        const forward = () =>
          fetch(target, { method: req.method ?? "POST", body, headers: contentType ? { "content-type": contentType } : {} });
        if (token !== null && mode !== "pass") {
          if (mode === "approve") await (await forward()).arrayBuffer();
          res.writeHead(200, { "content-type": "text/plain" }).end(token);
          return;
        }
        const answer = await forward();
        res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" }).end(await answer.text());
      })().catch(() => res.writeHead(502).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    receiverPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
