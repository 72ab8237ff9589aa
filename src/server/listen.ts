// startServer: the reference server on a real port, for programs and other repositories' tests
// (`import { startServer } from "graph-chat-contract/server"`), with the test harness's controls:
// tokens for directory users, reset, recorded requests, directory swaps.
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createControlledApp, type AppOptions } from "./app.js";
import { openPersistence, type Persistence } from "./persistence.js";
import { FaultPlan, toFaultPlan } from "./faults/plan.js";
import { harnessControls, type HarnessControls } from "./harness.js";
import { answerClientErrors } from "./http/client-error.js";
import { displayHost } from "./http/display-host.js";
import { serveDrainably } from "./http/drain.js";
import { RequestLog } from "./http/request-log.js";
import { loadTlsMaterial, type LoadedTls, type TlsSettings } from "./tls/material.js";

const DEFAULT_CLOSE_GRACE_MS = 10_000;

/** {@link AppOptions} plus where to listen. `admin` defaults to false here too. */
export interface StartServerOptions extends Omit<AppOptions, "recordRequests"> {
  /** Where to record requests; default a new {@link RequestLog}; `false`: record nothing. */
  recordRequests?: RequestLog | false;
  /** Port to listen on; default 0 (a free port). */
  port?: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Serve HTTPS with the development certificate or given files; default plain HTTP. */
  tls?: TlsSettings;
  /**
   * Keep state in this PostgreSQL database (`postgres://…`), shared by every instance that uses it
   * and kept across restarts: chats, the directory and the $skiptoken secret. The schema is
   * migrated at start. Default: process memory.
   */
  databaseUrl?: string;
}

/** A listening server and its test harness controls. */
export interface RunningServer extends HarnessControls {
  /** The origin, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  /** The v1.0 service root, e.g. `http://127.0.0.1:54321/v1.0` — a client's `baseUrl`. */
  readonly baseUrl: string;
  /** Fault injection: schedule faults (`failNext`), change settings (`configure`); see docs/faults.md. */
  readonly faults: FaultPlan;
  /** The certificate in use, when serving HTTPS. */
  readonly tls: LoadedTls | undefined;
  readonly server: HttpServer | HttpsServer;
  /**
   * Stops accepting connections, lets in-flight requests finish (their responses close the
   * connection), closes idle keep-alive connections, answers requests that still arrive with 503
   * and Retry-After, and resolves when every connection is closed. Connections still open after
   * `graceMs` (default 10 s) are destroyed. Calling it again returns the same promise.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

/**
 * Starts the reference server and resolves once it listens; rejects if the port is taken or the
 * directory or seed is invalid. Requests are recorded unless `recordRequests: false`.
 *
 * @example
 * ```ts
 * const server = await startServer({ seed: [{ chatType: "group", topic: "Launch", members: ["jacob@contoso.com", "alex@contoso.com"] }] });
 * const client = createGraphChatClient({ baseUrl: server.baseUrl, getToken: () => server.token("jacob@contoso.com") });
 * server.faults.failNext({ count: 2, status: 429, retryAfterSeconds: 1 });
 * // … calls …
 * expect(server.requests().map((r) => r.status)).toEqual([429, 429, 200]);
 * await server.reset();
 * await server.close();
 * ```
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const { port = 0, host = "127.0.0.1", tls: tlsSettings, databaseUrl, ...appOptions } = options;
  const faults = toFaultPlan(appOptions.faults) ?? new FaultPlan();
  const { recordRequests = new RequestLog(), ...rest } = appOptions;
  const tls = tlsSettings ? await loadTlsMaterial(tlsSettings) : undefined;
  const persistence = await openPersistence({
    databaseUrl,
    directory: rest.directory,
    skipTokenSecret: rest.skipTokenSecret,
    logger: rest.logger,
  });
  try {
    return await listenOn(
      { port, host, tls, persistence, faults },
      { ...rest, ...persistence, faults, ...(recordRequests && { recordRequests }) },
    );
  } catch (error) {
    await persistence.close();
    throw error;
  }
}

interface Listening {
  readonly port: number;
  readonly host: string;
  readonly tls: LoadedTls | undefined;
  readonly persistence: Persistence;
  readonly faults: FaultPlan;
}

async function listenOn({ port, host, tls, persistence, faults }: Listening, appOptions: AppOptions): Promise<RunningServer> {
  const { app, control, ready } = createControlledApp(appOptions);
  // The first request should not pay for preparing the contract (about a third of start-up).
  await ready.catch(async (error: unknown) => {
    await control.close();
    throw error;
  });
  // The app checks Host itself, to answer in the Graph envelope (http/host-header.ts).
  const server: HttpServer | HttpsServer = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key, requireHostHeader: false })
    : createHttpServer({ requireHostHeader: false });
  // Node keeps only the first 1,000 header lines and silently drops the rest — Content-Length
  // among them, which loses the body. The 16 KB header size limit already bounds the count.
  server.maxHeadersCount = 0;
  const drain = serveDrainably(server, app, appOptions.logger);
  answerClientErrors(server, appOptions.logger);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const url = `${tls ? "https" : "http"}://${displayHost(host)}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    baseUrl: `${url}/v1.0`,
    faults,
    tls,
    server,
    ...harnessControls(control, appOptions.auth),
    // In-flight requests finish first; then the database's connections close.
    close: ({ graceMs = DEFAULT_CLOSE_GRACE_MS } = {}) =>
      (closing ??= drain
        .close(graceMs)
        .finally(() => control.close())
        .finally(() => persistence.close())),
  };
}
