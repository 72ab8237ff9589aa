// The reference server's checks of a request, applied to a proxied one: query option spelling,
// empty payloads, JSON parsing, polluting query names and express-openapi-validator's request
// validation — the same middleware in the same order, so "valid" means what it means there.
// Authentication and permissions are left to the upstream (Graph checks its own tokens).
import type { Request, RequestHandler, Response } from "express";
import { rejectEmptyPayload } from "../http/empty-body.js";
import { HttpError } from "../http/graph-error.js";
import { parseJsonBody } from "../http/json-body.js";
import { rejectPollutingQueryNames } from "../http/query-names.js";
import { normalizeQueryOptions } from "../http/query-options.js";
import { decoded, type ReadBody } from "./body.js";
import { runStage } from "./stage.js";

/**
 * Checks the request as the reference server would; resolves with the error the server would
 * answer with, or undefined when the request is valid. `body` is what was read of the body.
 */
export async function checkRequest(
  req: Request,
  res: Response,
  body: ReadBody | undefined,
  validation: readonly RequestHandler[],
): Promise<unknown> {
  const parse: RequestHandler = (request, _res, next) => {
    request.body = parsedBody(request, body);
    next();
  };
  const error = await runStage([normalizeQueryOptions, rejectEmptyPayload, parse, rejectPollutingQueryNames, ...validation], req, res);
  return error;
}

/** The body as the server's JSON reader would leave it in `req.body`; throws its errors. */
function parsedBody(req: Request, body: ReadBody | undefined): unknown {
  const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
  const type = req.headers["content-type"];
  if (!hasBody || body === undefined || (type?.split(";")[0]?.trim().toLowerCase() ?? "") !== "application/json") return undefined;
  if (!body.complete) throw new HttpError(413, "The request body is too large.");
  let bytes: Buffer;
  try {
    bytes = decoded(body.bytes, req.headers["content-encoding"]);
  } catch (error) {
    // The server's JSON reader (http/json-body.ts) words these two failures so.
    if (/unsupported/.test((error as Error).message)) {
      throw new HttpError(415, "The request's Content-Encoding is not supported; send it uncompressed, or as gzip, deflate or br.");
    }
    throw new HttpError(400, "The request body could not be decompressed as its Content-Encoding says.");
  }
  return parseJsonBody(bytes, type);
}
