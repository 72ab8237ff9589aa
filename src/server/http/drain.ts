// Graceful shutdown of a listening server. Node's server.close() stops accepting connections but
// keeps serving requests that arrive on kept-alive connections, and waits for idle ones until their
// keep-alive timeout. Here, once shutdown begins: in-flight requests finish and their responses say
// `Connection: close`; idle connections close at once; a request that still arrives on an open
// connection gets 503 ServiceUnavailable with Retry-After and `Connection: close`; whatever is
// still open after the grace period is cut.
import type { IncomingMessage, RequestListener, Server as HttpServer, ServerResponse } from "node:http";
import type { Server as HttpsServer } from "node:https";
import type { Logger } from "pino";
import { sendBareError } from "./bare-error.js";

/** A restarted server usually listens again within a second. */
export const SHUTDOWN_RETRY_AFTER_SECONDS = 1;

export interface Drain {
  /**
   * Stops listening, lets in-flight requests finish, and resolves once every connection is closed;
   * connections still open after `graceMs` are destroyed. Calling it again returns the same promise.
   */
  close(graceMs: number): Promise<void>;
}

/**
 * Serves `app` on `server` (which must have no other request listener) so it can be drained.
 * `logger`: where to note each request refused during shutdown (at warn, with its request-id).
 */
export function serveDrainably(server: HttpServer | HttpsServer, app: RequestListener, logger?: Logger): Drain {
  let draining = false;
  let closed: Promise<void> | undefined;
  // Responses not yet finished, so shutdown can still turn their keep-alive off. A Set insert and
  // a listener per request: negligible next to Express's own per-request work.
  const inFlight = new Set<ServerResponse>();

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (draining) {
      const requestId = refuse(req, res);
      const path = (req.url ?? "").split("?")[0];
      logger?.warn(
        { requestId, errorCode: "ServiceUnavailable", req: { method: req.method, url: path }, res: { statusCode: 503 } },
        "request refused: shutting down",
      );
      return;
    }
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      // A response that had started before shutdown kept its connection alive; close it now.
      if (draining) server.closeIdleConnections();
    });
    app(req, res);
  });

  return {
    close(graceMs) {
      closed ??= new Promise<void>((resolve, reject) => {
        draining = true;
        server.close((error) => (error ? reject(error) : resolve()));
        for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
        server.closeIdleConnections();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.once("close", () => clearTimeout(force));
      });
      return closed;
    },
  };
}

function refuse(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers["client-request-id"];
  return sendBareError(res, {
    status: 503,
    message: "The server is shutting down and accepts no new requests. Retry on a new connection.",
    ...(typeof given === "string" && { clientRequestId: given }),
    headers: { "Retry-After": String(SHUTDOWN_RETRY_AFTER_SECONDS) },
  });
}
