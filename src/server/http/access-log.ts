// One structured log line per request, by pino-http: request-id, method, path, status and
// latency. 5xx are logged at error, 4xx at warn, the rest at info, so LOG_LEVEL=warn keeps only
// the failures. The line names the path only: no headers (the Authorization header holds a
// token), no query string, no body.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import type { Level, Logger } from "pino";
import { pinoHttp } from "pino-http";

/**
 * The access-log middleware, or undefined when `logger` would drop every line it could write.
 *
 * pino-http costs a child logger and listeners per request. When only errors are logged, the one
 * line it would add (5xx, at error) repeats what the error funnel already logs with the request-id,
 * method and URL, so the middleware is left out and quiet servers, tests and benchmarks pay
 * nothing. The decision is taken once, at the level `logger` has when the app is built.
 */
export function accessLog(logger: Logger): RequestHandler | undefined {
  if (!logger.isLevelEnabled("warn")) return undefined;
  const middleware = pinoHttp<Request, Response>({
    logger,
    // The id request-id.ts gave the response (mount this after it), not a second one.
    genReqId: (_req, res) => res.locals.requestId,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, url: pathOf(req.url ?? "") }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error): Level => (error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
    customSuccessObject: (_req, res, line: object) => withIds(res, line),
    // pino-http adds an `err` it makes up for any 5xx ("failed with status code 500"); the real
    // error, with its stack, is in the error funnel's line of the same request-id.
    customErrorObject: (_req, res, _error, line: { err?: unknown }) => {
      const { err: _made, ...rest } = line;
      return withIds(res, rest);
    },
  });
  return (req, res, next) => middleware(req, res, next);
}

function withIds(res: Response, line: object): object {
  const { requestId, errorCode } = res.locals;
  return errorCode === undefined ? { requestId, ...line } : { requestId, errorCode, ...line };
}

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query < 0 ? url : url.slice(0, query);
}
