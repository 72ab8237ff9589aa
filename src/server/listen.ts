// startServer: the reference server on a real port, for programs and other repositories' tests
// (`import { startServer } from "graph-chat-contract/server"`).
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createApp, type AppOptions } from "./app.js";
import { FaultPlan } from "./faults/plan.js";
import { loadTlsMaterial, type LoadedTls, type TlsSettings } from "./tls/material.js";

export interface StartServerOptions extends AppOptions {
  /** Port to listen on; default 0 (a free port). */
  port?: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Serve HTTPS with the development certificate or given files; default plain HTTP. */
  tls?: TlsSettings;
}

export interface RunningServer {
  /** The origin, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The v1.0 service root, e.g. `http://127.0.0.1:54321/v1.0` — a client's `baseUrl`. */
  readonly baseUrl: string;
  /** Schedule faults (429/503 with Retry-After) for the next requests. */
  readonly faults: FaultPlan;
  /** The certificate in use, when serving HTTPS. */
  readonly tls: LoadedTls | undefined;
  readonly server: HttpServer | HttpsServer;
  /** Stops accepting connections, lets in-flight requests finish, and resolves when closed. */
  close(): Promise<void>;
}

/**
 * Starts the reference server and resolves once it listens.
 *
 * @example
 * ```ts
 * const server = await startServer();            // http://127.0.0.1:<free port>
 * const client = createGraphChatClient({ baseUrl: server.baseUrl, getToken });
 * server.faults.failNext({ count: 2, status: 429, retryAfterSeconds: 1 });
 * await server.close();
 * ```
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const { port = 0, host = "127.0.0.1", tls: tlsSettings, ...appOptions } = options;
  const faults = appOptions.faults ?? new FaultPlan();
  const tls = tlsSettings ? await loadTlsMaterial(tlsSettings) : undefined;
  const app = createApp({ ...appOptions, faults });
  const server: HttpServer | HttpsServer = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, app) : createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `${tls ? "https" : "http"}://${displayHost(host)}:${address.port}`;
  return {
    url,
    baseUrl: `${url}/v1.0`,
    faults,
    tls,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

/**
 * The host to put in URLs: a wildcard address is not one a client can connect to (nor one the
 * development certificate names), so use the loopback address of the same family instead.
 */
function displayHost(host: string): string {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::") return "[::1]";
  return host.includes(":") ? `[${host}]` : host;
}
