// Every response carries `request-id` and `client-request-id`, as Graph's do. The caller's
// client-request-id is echoed when it is a sane header value; otherwise the request id stands in.
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

const ECHOABLE = /^[\x21-\x7e]{1,256}$/;

export const requestIds: RequestHandler = (req, res, next) => {
  const requestId = randomUUID();
  const clientRequestId = clientRequestIdFor(req.get("client-request-id"), requestId);
  res.locals.requestId = requestId;
  res.locals.clientRequestId = clientRequestId;
  res.setHeader("request-id", requestId);
  res.setHeader("client-request-id", clientRequestId);
  next();
};

/** The client-request-id to answer with: the caller's when it is a sane header value, else `requestId`. */
export function clientRequestIdFor(given: string | undefined, requestId: string): string {
  return given !== undefined && ECHOABLE.test(given) ? given : requestId;
}
