// OData system query options as Graph takes them: names case-insensitively (`$orderBy`, `$Top`),
// and under /beta also without the `$` (`top=1`), as Graph documents for beta. Each is rewritten
// to the spelling the contract declares (`$orderby`) before routing, so validation, handlers and
// the `@odata.nextLink`s built from the URL all see one spelling. An option given twice, in any
// spelling, is a 400: which one would win is anybody's guess.
import type { RequestHandler } from "express";
import { HttpError } from "./graph-error.js";

const SYSTEM_OPTIONS = new Set([
  "$count",
  "$expand",
  "$filter",
  "$format",
  "$orderby",
  "$search",
  "$select",
  "$skip",
  "$skiptoken",
  "$top",
]);

export const normalizeQueryOptions: RequestHandler = (req, _res, next) => {
  const at = req.url.indexOf("?");
  if (at < 0) return next();
  const beta = /^\/beta(?:\/|$)/.test(req.path);
  const seen = new Set<string>();
  let changed = false;
  const pairs = req.url
    .slice(at + 1)
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      const rawName = equals < 0 ? pair : pair.slice(0, equals);
      const option = systemOption(decoded(rawName), beta);
      if (option === undefined) return pair;
      if (seen.has(option)) throw new HttpError(400, `The query option '${option}' is given more than once.`);
      seen.add(option);
      if (option === rawName) return pair;
      changed = true;
      return `${option}${equals < 0 ? "" : pair.slice(equals)}`;
    });
  if (changed) req.url = `${req.url.slice(0, at)}?${pairs.join("&")}`;
  next();
};

/** The contract's spelling of a system query option, or undefined when `name` is none. */
function systemOption(name: string, beta: boolean): string | undefined {
  const lower = name.toLowerCase();
  if (SYSTEM_OPTIONS.has(lower)) return lower;
  if (beta && SYSTEM_OPTIONS.has(`$${lower}`)) return `$${lower}`;
  return undefined;
}

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}
