// A write sent with no body at all gets Graph's 400 "Empty Payload" rather than the validator's
// 415, which would wrongly suggest the (absent) content type is the problem.
import type { RequestHandler } from "express";
import { HttpError } from "./graph-error.js";

export const rejectEmptyPayload: RequestHandler = (req, _res, next) => {
  const operation = req.openapi?.schema as { requestBody?: { required?: boolean } } | undefined;
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (operation?.requestBody?.required && !hasBody && req.headers["content-type"] === undefined) {
    throw new HttpError(400, "Empty Payload. JSON content expected.");
  }
  next();
};
