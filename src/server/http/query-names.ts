// Query parameter names that reach for prototypes (`__proto__[x]=1`, `a[constructor][prototype]=1`)
// get a 400 before the validator sees them. The validator expands bracketed names with qs, which
// drops such segments silently: `a[__proto__][x]=1` would vanish instead of being refused as an
// unknown parameter. Nothing is polluted either way; this keeps such a request from passing as valid.
import type { RequestHandler } from "express";
import { HttpError } from "./graph-error.js";
import { FORBIDDEN_NAMES } from "./json-structure.js";

export const rejectPollutingQueryNames: RequestHandler = (req, _res, next) => {
  const at = req.originalUrl.indexOf("?");
  if (at >= 0) {
    for (const pair of req.originalUrl.slice(at + 1).split("&")) {
      const name = decodedName(pair);
      if (name.split(/[[\].]/).some((segment) => FORBIDDEN_NAMES.has(segment))) {
        throw new HttpError(400, `The query parameter '${name.length > 64 ? `${name.slice(0, 64)}…` : name}' is not allowed.`);
      }
    }
  }
  next();
};

function decodedName(pair: string): string {
  const equals = pair.indexOf("=");
  const raw = (equals < 0 ? pair : pair.slice(0, equals)).replace(/\+/g, " ");
  try {
    return decodeURIComponent(raw);
  } catch {
    // Malformed percent-encoding: judged on its raw text, and left to the validator otherwise.
    return raw;
  }
}
