// Every response carries `request-id` and `client-request-id`, as Graph's do. The caller's
// client-request-id is echoed when it is a sane header value; otherwise the request id stands in.
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";

const ECHOABLE = /^[\x21-\x7e]{1,256}$/;

export const requestIds: RequestHandler = (req, res, next) => {
  const requestId = randomUUID();
  const given = req.get("client-request-id");
  const clientRequestId = given !== undefined && ECHOABLE.test(given) ? given : requestId;
  res.locals.requestId = requestId;
  res.locals.clientRequestId = clientRequestId;
  res.setHeader("request-id", requestId);
  res.setHeader("client-request-id", clientRequestId);
  next();
};
