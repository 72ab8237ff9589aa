// createProxy: the contract between an app and Graph. Listens (HTTP, or HTTPS with the server's
// development certificate options), forwards every request to the upstream and reports every
// contract problem of the traffic; see README "Check your app's live Graph traffic".
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import express from "express";
import { pino, type Logger } from "pino";
import { toFaultPlan, type FaultPlan, type FaultSettings } from "../faults/plan.js";
import { answerClientErrors } from "../http/client-error.js";
import { errorFunnel } from "../http/error-funnel.js";
import "../http/locals.js";
import { contractValidator } from "../http/validator.js";
import { displayHost } from "../http/display-host.js";
import { specDocumentCopy } from "../spec.js";
import { toThrottle, type ThrottlingOption } from "../throttling/model.js";
import { loadTlsMaterial, type LoadedTls, type TlsSettings } from "../tls/material.js";
import { proxyExchanges } from "./exchange.js";
import { ProxyReport, type ExchangeRecord, type ProxySummary } from "./report.js";
import { Upstream } from "./upstream.js";

export const GRAPH_UPSTREAM = "https://graph.microsoft.com";
export const REPORT_PATH = "/_proxy/report";

export interface ProxyOptions {
  /** The origin requests go to; default Graph's, `https://graph.microsoft.com`. */
  upstream?: string;
  /** Port to listen on; default 0 (a free port). */
  port?: number;
  /** Address to listen on; default 127.0.0.1. */
  host?: string;
  /** Listen with HTTPS: the development certificate or given files, as the server; default HTTP. */
  tls?: TlsSettings;
  /** Refuse invalid requests (400/415, as the reference server) and contract-breaking answers (502); default: report only. */
  strict?: boolean;
  /** Write one JSON object per exchange with problems to this file (JSON Lines); emptied at start. */
  report?: string;
  /** Put request bodies in the report's curl commands; default false (bodies may hold personal data). */
  logBodies?: boolean;
  /** Fault injection as the server takes it (docs/faults.md), answered by the proxy itself. */
  faults?: FaultPlan | FaultSettings;
  /** Graph's throttling model ("graph"), answered by the proxy itself with 429; default off. */
  throttling?: ThrottlingOption;
  /** Request bodies up to this many bytes are checked (larger: 413 as the server); default 1 MB. */
  bodyLimit?: number;
  /** How long the upstream may take to start answering before the app gets 504; default 100 s. */
  upstreamTimeoutMs?: number;
  /** Where problem lines go; default warn level, to stderr. */
  logger?: Logger;
  /** The time source of reports and error envelopes; default the system clock. */
  clock?: () => Date;
}

export interface RunningProxy {
  /** The proxy's origin, e.g. `https://127.0.0.1:8080`: an app's Graph base URL is this plus `/v1.0`. */
  readonly url: string;
  readonly port: number;
  readonly upstream: string;
  readonly tls: LoadedTls | undefined;
  readonly server: HttpServer | HttpsServer;
  /** The fault plan in use (schedule faults with `failNext`), if faults were configured. */
  readonly faults: FaultPlan | undefined;
  /** Counts per operation, not-in-contract and faulted requests. */
  summary(): ProxySummary;
  /** The last exchanges with problems (at most 100), oldest first. */
  recent(): ExchangeRecord[];
  /** Stops listening, ends open connections after `graceMs` (default 5 s), and finishes the report file. */
  close(options?: { graceMs?: number }): Promise<void>;
}

export async function createProxy(options: ProxyOptions = {}): Promise<RunningProxy> {
  const { port = 0, host = "127.0.0.1" } = options;
  const logger = options.logger ?? pino({ level: "warn" }, pino.destination(2));
  const clock = options.clock ?? (() => new Date());
  const upstream = new Upstream(options.upstream ?? GRAPH_UPSTREAM, options.upstreamTimeoutMs ?? 100_000);
  const faults = toFaultPlan(options.faults);
  const throttle = toThrottle(options.throttling);
  const tls = options.tls ? await loadTlsMaterial(options.tls) : undefined;
  const validator = contractValidator(specDocumentCopy);
  // As startServer: the contract is prepared before the first request, not during it.
  await validator.ready;
  const report = new ProxyReport(logger, options.report);
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.get(REPORT_PATH, (_req, res) => {
    res.json({ upstream: upstream.origin, strict: options.strict ?? false, summary: report.summary(), recent: report.recent() });
  });
  app.use(
    proxyExchanges({
      upstream,
      validator,
      report,
      logger,
      strict: options.strict ?? false,
      logBodies: options.logBodies ?? false,
      bodyLimit: options.bodyLimit ?? 1024 * 1024,
      faults,
      throttle,
      clock,
    }),
  );
  // Anything unforeseen still leaves in Graph's envelope (a logged 500), never as Express's HTML page.
  app.use(errorFunnel(logger, clock));
  const server: HttpServer | HttpsServer = tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key, requireHostHeader: false }, app)
    : createHttpServer({ requireHostHeader: false }, app);
  // As the server: every header line counts (Node's default drops those past 1,000).
  server.maxHeadersCount = 0;
  answerClientErrors(server, logger);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const listening = (server.address() as AddressInfo).port;
  const url = `${tls ? "https" : "http"}://${displayHost(host)}:${listening}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    port: listening,
    upstream: upstream.origin,
    tls,
    server,
    faults,
    summary: () => report.summary(),
    recent: () => report.recent(),
    close: ({ graceMs = 5_000 } = {}) =>
      (closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      }).finally(() => {
        upstream.close();
        return report.close();
      })),
  };
}
