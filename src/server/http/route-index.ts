// Finds a request's operation the way express-openapi-validator's metadata middleware does — same
// order of routes, same matchers, same req.openapi, same 404/405/400 — without its per-request scan
// of every route of the spec (each with two settings reads, a map lookup and a matcher): routes
// are grouped by segment count at start, and a request tries only the routes with as many
// segments as its path, in the validator's order. With this contract that is a handful of
// matchers instead of about 140, the single largest cost of a request before this index.
import type { Request, RequestHandler } from "express";
import type { ValidatorContext, validatorInternals } from "./validator-internals.js";

type Internals = ReturnType<typeof validatorInternals>;

interface IndexedRoute {
  readonly expressRoute: string;
  readonly openApiRoute: string;
  /** The route's path item in the request and in the response copy of the document. */
  readonly item: Record<string, unknown>;
  readonly responseItem: Record<string, unknown> | undefined;
  readonly allow: string;
}
interface Matcher {
  readonly route: IndexedRoute;
  readonly regexp: RegExp;
  readonly keys: readonly string[];
}

/** What the validator's request and response stages read from the request. */
export interface OpenApiMatch {
  expressRoute: string;
  openApiRoute: string;
  pathParams: Record<string, string>;
  schema: unknown;
  serial: number;
  _responseSchema?: unknown;
}

export function routeIndex(internals: Internals, context: ValidatorContext, responseApiDoc: object | null): RequestHandler {
  const routes = indexedRoutes(internals, context, responseApiDoc);
  // One table per combination of Express's two routing settings, built when first used.
  const tables: (Map<number, Matcher[]> | undefined)[] = [];
  const table = (sensitive: boolean, strict: boolean) =>
    (tables[(sensitive ? 2 : 0) + (strict ? 1 : 0)] ??= bySegments(internals, routes, sensitive, strict));

  return (req, _res, next) => {
    const path = req.originalUrl.split("?")[0] ?? "";
    const candidates = table(req.app.enabled("case sensitive routing"), req.app.enabled("strict routing")).get(segmentCount(path));
    for (const matcher of candidates ?? []) {
      const found = matcher.regexp.exec(path);
      if (found) {
        attach(internals, req, matcher, found, context.serial, responseApiDoc !== null);
        return next();
      }
    }
    const own = req.path.startsWith(req.baseUrl) ? req.path : `${req.baseUrl}/${req.path}`;
    if (context.isManagedRoute(own)) throw new internals.NotFound({ path: req.path, message: "not found" });
    next();
  };
}

function attach(
  internals: Internals,
  req: Request,
  matcher: Matcher,
  found: RegExpExecArray,
  serial: number,
  withResponses: boolean,
): void {
  const { route } = matcher;
  // As the validator: an undecodable parameter is a 400 before a wrong method is a 405.
  const pathParams: Record<string, string> = {};
  try {
    matcher.keys.forEach((key, i) => (pathParams[key] = decodeURIComponent(found[i + 1] ?? "")));
  } catch {
    throw new internals.BadRequest({ path: req.path, message: "malformed uri'" });
  }
  const method = req.method.toLowerCase();
  const schema = route.item[method];
  if (!schema) {
    throw new internals.MethodNotAllowed({ path: req.path, message: `${req.method} method not allowed`, headers: { Allow: route.allow } });
  }
  const openapi: OpenApiMatch = { expressRoute: route.expressRoute, openApiRoute: route.openApiRoute, pathParams, schema, serial };
  if (withResponses) openapi._responseSchema = route.responseItem?.[method];
  (req as Request & { openapi: OpenApiMatch }).openapi = openapi;
  req.params = pathParams;
}

/** The validator's routes, one per path (its methods share one entry), in its order. */
function indexedRoutes(internals: Internals, context: ValidatorContext, responseApiDoc: object | null): IndexedRoute[] {
  const responsePaths = (responseApiDoc as { paths?: Record<string, Record<string, unknown>> } | null)?.paths;
  const seen = new Map<string, IndexedRoute>();
  for (const { basePath, expressRoute, openApiRoute } of context.routes) {
    if (seen.has(expressRoute)) continue;
    const pathKey = openApiRoute.substring(basePath.length);
    const item = context.apiDoc.paths[pathKey];
    if (!item) throw new Error(`the validator listed ${openApiRoute}, which is not a path of the document`);
    const allow = Object.keys(context.openApiRouteMap[openApiRoute] ?? {})
      .filter((key) => internals.httpMethods.has(key.toLowerCase()))
      .join(", ");
    seen.set(expressRoute, { expressRoute, openApiRoute, item, responseItem: responsePaths?.[pathKey], allow });
  }
  return [...seen.values()];
}

function bySegments(internals: Internals, routes: readonly IndexedRoute[], sensitive: boolean, strict: boolean): Map<number, Matcher[]> {
  const table = new Map<number, Matcher[]>();
  for (const route of routes) {
    // Only plain `/literal/:param` routes have a fixed segment count; the contract has no others.
    if (/[*?{}()]/.test(route.expressRoute))
      throw new Error(`route ${route.expressRoute} is not a plain path; the route index cannot place it`);
    const { regexp, keys } = internals.pathToRegexp(route.expressRoute, { sensitive, strict });
    const count = segmentCount(route.expressRoute);
    let list = table.get(count);
    if (!list) table.set(count, (list = []));
    list.push({ route, regexp, keys: keys.map((k) => k.name) });
  }
  return table;
}

/** Segments of a path; one trailing slash does not count (the matchers accept it when not strict). */
function segmentCount(path: string): number {
  let count = 0;
  const end = path.length > 1 && path.endsWith("/") ? path.length - 1 : path.length;
  for (let i = 0; i < end; i++) if (path.charCodeAt(i) === 47) count++;
  return count;
}
