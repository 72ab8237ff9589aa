// Writes whose body cannot be read as JSON for want of the headers. A write whose body is required but absent (no bytes, with or without a Content-Type) gets Graph's
// 400 "Empty Payload" — rather than the validator's 415, which would wrongly blame the content type,
// or an empty body read as `{}`, which an operation whose properties are all optional (the beta
// $ref alias) would accept.
import type { RequestHandler } from "express";
import { HttpError } from "./graph-error.js";

export const rejectEmptyPayload: RequestHandler = (req, _res, next) => {
  const operation = req.openapi?.schema as { requestBody?: { required?: boolean } } | undefined;
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  if (operation?.requestBody?.required && !hasBody) {
    throw new HttpError(400, "Empty Payload. JSON content expected.");
  }
  // A body without any Content-Type is Graph's 400 (not a 415: no type was given to refuse).
  // Some documentation examples print no Content-Type (chatmessage-setreaction.md); Graph answers
  // them so, as msgraph-cli's users saw when it sent none.
  const write = req.method === "POST" || req.method === "PUT" || req.method === "PATCH";
  if (write && operation?.requestBody !== undefined && hasBody && req.headers["content-type"] === undefined) {
    throw new HttpError(400, "Write requests (excluding DELETE) must contain the Content-Type header declaration.");
  }
  next();
};
