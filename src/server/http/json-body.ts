// JSON request bodies, for the contract's operations and the admin API. body-parser's raw reader
// does the reading: the size limit (413, counted after gzip/deflate/br decompression, so a small
// compressed bomb is refused too), Content-Length checks and aborted uploads. The parsing is ours,
// because express.json silently replaces invalid UTF-8 with U+FFFD, keeps the last of repeated
// names, accepts any nesting depth (which later recursive code such as structuredClone or
// JSON.stringify cannot handle) and keeps `__proto__` keys. Here each of those is a 400.
import { isUtf8 } from "node:buffer";
import express, { type RequestHandler } from "express";
import { HttpError } from "./graph-error.js";
import { checkJsonStructure, JsonStructureError } from "./json-structure.js";

/** Graph's own wording for a body it cannot read as JSON. */
export const MALFORMED_JSON_MESSAGE =
  "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.";

/**
 * Parses `application/json` bodies into `req.body`; leaves `req.body` undefined when the request
 * has no body or another content type (the validator answers those with 415 or "Empty Payload").
 */
export function jsonBody(limit: number | string): RequestHandler {
  const read = express.raw({ type: "application/json", limit });
  return (req, res, next) => {
    read(req, res, (error?: unknown) => {
      if (error !== undefined) return next(readError(error));
      if (!Buffer.isBuffer(req.body)) return next();
      try {
        req.body = parseJsonBody(req.body, req.headers["content-type"]);
      } catch (failure) {
        return next(failure);
      }
      next();
    });
  };
}

/** The body's value, or an {@link HttpError} (400, or 415 for a charset other than UTF-8). */
export function parseJsonBody(bytes: Buffer, contentType: string | undefined): unknown {
  const charset = charsetOf(contentType);
  // JSON exchanged between systems must be UTF-8 (RFC 8259 §8.1); Graph reads nothing else.
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    throw new HttpError(415, `The request body must be JSON encoded as UTF-8; charset '${charset.slice(0, 40)}' is not supported.`);
  }
  // An empty body reads as {} (as express.json did). Operations that require a body never get
  // here with one: empty-body.ts answers them "Empty Payload" first.
  if (bytes.length === 0) return {};
  if (!isUtf8(bytes)) throw new HttpError(400, "The request body is not valid UTF-8.");
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Only objects and arrays, as express.json's strict mode: a bare `"x"` or `null` is no payload.
  const first = /^[ \t\n\r]*(.?)/.exec(text)?.[1];
  if (first !== "{" && first !== "[") throw new HttpError(400, MALFORMED_JSON_MESSAGE);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, MALFORMED_JSON_MESSAGE);
  }
  try {
    checkJsonStructure(text);
  } catch (error) {
    if (error instanceof JsonStructureError) throw new HttpError(400, error.message);
    throw error;
  }
  return value;
}

function charsetOf(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const match = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(contentType);
  return match ? (match[1] ?? "").toLowerCase() : undefined;
}

/** body-parser's reading errors that the error funnel would otherwise word misleadingly. */
function readError(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return error;
  const { type, code } = error as { type?: unknown; code?: unknown };
  if (type === "encoding.unsupported") {
    return new HttpError(415, "The request's Content-Encoding is not supported; send it uncompressed, or as gzip, deflate or br.");
  }
  // zlib's codes (Z_DATA_ERROR…; brotli's ERR__ERROR_FORMAT_…): the bytes do not match their
  // Content-Encoding.
  if (typeof code === "string" && /^(?:Z_|ERR__ERROR_|ERR_BROTLI_)/.test(code)) {
    return new HttpError(400, "The request body could not be decompressed as its Content-Encoding says.");
  }
  return error;
}
