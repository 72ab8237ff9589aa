// The one place where failures become responses: validator errors, body-parser errors, domain
// rule violations, token failures and unexpected exceptions all leave through here as the Graph
// error envelope with the right status. Internals never reach the client; they go to the log.
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import { TokenError } from "../auth/verify.js";
import { DomainError } from "../domain/errors.js";
import { StoreUnavailableError } from "../store/errors.js";
import { HttpError, sendError, SimulatedError, unauthorized } from "./graph-error.js";

const DOMAIN_STATUS = { BadRequest: 400, Forbidden: 403, NotFound: 404, Conflict: 409, RequestEntityTooLarge: 413 } as const;

/** Paths no route claims: JSON 404 instead of Express's HTML page. */
export const unknownPath: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `Resource not found for the segment '${lastSegment(req.path)}'.`));
};

export function errorFunnel(logger: Logger, clock: () => Date): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      logger.error({ err: error, requestId: res.locals.requestId }, "error after the response started");
      next(error);
      return;
    }
    const httpError = toHttpError(error, req.path);
    if (error instanceof StoreUnavailableError) {
      // An outage, not a bug: one line per refused request, without a stack.
      logger.warn({ requestId: res.locals.requestId, reason: error.message }, "answered 503: the chat store is unavailable");
    } else if (httpError.status >= 500 && !(error instanceof SimulatedError)) {
      logger.error({ err: error, requestId: res.locals.requestId, method: req.method, url: req.originalUrl }, httpError.message);
    }
    sendError(res, httpError, clock());
  };
}

function toHttpError(error: unknown, path: string): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof DomainError) return new HttpError(DOMAIN_STATUS[error.code], error.message);
  if (error instanceof TokenError) return unauthorized(error.message);
  if (error instanceof StoreUnavailableError) {
    return new HttpError(503, "The service is temporarily unavailable. Retry after the time in Retry-After.", {
      "Retry-After": String(error.retryAfterSeconds),
    });
  }
  if (isStatusError(error)) return fromStatusError(error, path);
  return new HttpError(500, "An unexpected error occurred. Quote the request-id when reporting it.");
}

interface StatusError {
  status: number;
  message: string;
  type?: string;
  headers?: Record<string, string>;
  errors?: { path?: string; message?: string }[];
}

function isStatusError(error: unknown): error is StatusError {
  return typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number";
}

// Errors carrying a status come from express-openapi-validator and Express's body parser.
function fromStatusError(error: StatusError, path: string): HttpError {
  const { status } = error;
  const details = error.errors ?? [];
  if (status >= 500 || status < 400) {
    // A response that breaks the contract (validator paths start with /response) is a server
    // bug: reported loudly in the log, and as a plain 500 to the client.
    const broken = details.some((d) => d.path?.startsWith("/response"));
    return new HttpError(
      500,
      broken ? "The server produced a response that does not match its contract." : "An unexpected error occurred.",
    );
  }
  if (status === 405) {
    const allow = (error.headers?.Allow ?? "").toUpperCase().split(/,\s*/).filter(Boolean).sort().join(", ");
    return new HttpError(405, `The HTTP method is not allowed on '${path}'. Allowed: ${allow || "none"}.`, { Allow: allow });
  }
  if (status === 404) return new HttpError(404, `Resource not found for the segment '${lastSegment(path)}'.`);
  if (status === 413) return new HttpError(413, "The request body is too large.");
  if (status === 415) return new HttpError(415, "The request body must be JSON: send 'Content-Type: application/json'.");
  if (/malformed uri/i.test(error.message)) return new HttpError(400, `The URL path '${path}' is not valid percent-encoding.`);
  if (error.type === "entity.parse.failed")
    return new HttpError(
      400,
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
    );
  if (details.length > 0) {
    return new HttpError(status, details.map((d) => `${humanPath(d.path)} ${d.message ?? "is invalid"}`.trim()).join("; "));
  }
  return new HttpError(status, error.message);
}

function humanPath(path: string | undefined): string {
  if (!path) return "";
  // "/body/members/0/roles/0" → "body.members[0].roles[0]:" — readable, and says where.
  const parts = path.replace(/^\//, "").split("/");
  return `${parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join("")}:`;
}

function lastSegment(path: string): string {
  const segments = path.split("/").filter(Boolean);
  return segments[segments.length - 1] ?? "";
}
