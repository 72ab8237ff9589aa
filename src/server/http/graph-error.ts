// Graph's error codes and envelope. Every error response the server sends is built here.
import type { Response } from "express";
import type { components } from "../../../generated/schema.js";
import { graphCodeForStatus } from "../../shared/graph-error-codes.js";

type ODataError = components["schemas"]["odataError"];

/** An error that already knows its HTTP status, Graph code and extra headers. */
export class HttpError extends Error {
  override name = "HttpError";
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly code: string = graphCodeForStatus(status),
  ) {
    super(message);
  }
}

/** 401 with a Bearer challenge; `error="invalid_token"` only when a token was sent (RFC 6750 §3.1). */
export function unauthorized(message: string, tokenSent = true): HttpError {
  const challenge = `Bearer realm="graph-chat-contract"${tokenSent ? ', error="invalid_token"' : ""}`;
  return new HttpError(401, message, { "WWW-Authenticate": challenge });
}

/**
 * A failure the server answers on purpose (fault injection): it is the configured behaviour, not
 * a server error, so it is not logged with a stack trace like a real 5xx (the access log still
 * has its line).
 */
export class SimulatedError extends HttpError {
  override name = "SimulatedError";
}

export function errorEnvelope(res: Response, code: string, message: string, date: Date): ODataError {
  return graphErrorBody(code, message, date, res.locals.requestId, res.locals.clientRequestId);
}

/** The envelope itself, also for responses written without Express (see bare-error.ts). */
export function graphErrorBody(code: string, message: string, date: Date, requestId: string, clientRequestId: string): ODataError {
  return {
    error: {
      code,
      message,
      innerError: {
        // Graph writes whole seconds with a trailing Z.
        date: date.toISOString().replace(/\.\d{3}Z$/, "Z"),
        "request-id": requestId,
        "client-request-id": clientRequestId,
      },
    },
  };
}

/**
 * Sends an error. Written with `res.end` rather than `res.json` so the response validator, which
 * wraps `res.json`, cannot turn a failed error response into another error and recurse; the
 * envelope's shape is guaranteed by its type and checked by the tests instead.
 */
export function sendError(res: Response, error: HttpError, date: Date): void {
  res.status(error.status);
  res.locals.errorCode = error.code;
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(JSON.stringify(errorEnvelope(res, error.code, error.message, date)));
}
