// Security headers on every response, by helmet. The API answers JSON only, so its Content Security
// Policy allows nothing at all; Swagger UI under /docs is a page with scripts, styles and images of
// its own origin and gets a policy that allows exactly those.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import type { RequestHandler } from "express";
import helmet, { type HelmetOptions } from "helmet";

/** For JSON responses: no content may load, and no page may frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** For Swagger UI (/docs): its own scripts, styles (it sets inline styles), images and API calls. */
export const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const DOCS_PATH = /^\/docs(?:[/?]|$)/;

function helmetWith(policy: string): ReturnType<typeof helmet> {
  const options: HelmetOptions = {
    contentSecurityPolicy: { useDefaults: false, directives: directivesOf(policy) },
    // No HSTS: the server runs on 127.0.0.1/localhost, over HTTP by default and over HTTPS with a
    // self-signed development certificate. HSTS from https://localhost would make browsers refuse
    // plain http://localhost on every port for its max-age, breaking unrelated local servers.
    strictTransportSecurity: false,
    xFrameOptions: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    crossOriginResourcePolicy: { policy: "same-origin" },
  };
  return helmet(options);
}

/** "default-src 'none'; frame-ancestors 'none'" → { "default-src": ["'none'"], … } for helmet. */
function directivesOf(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const directive of policy.split(";")) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) directives[name] = values;
  }
  return directives;
}

/**
 * A helmet middleware's headers as name/value pairs, taken once by running it on a response that
 * is never sent. Setting these pairs costs a few setHeader calls per request, where helmet's own
 * chain of a dozen middlewares cost several times more on a server whose requests take ~100 µs.
 */
function headersOf(middleware: ReturnType<typeof helmet>, extra: Record<string, string> = {}): ReadonlyArray<readonly [string, string]> {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  middleware(res.req, res, () => undefined);
  return Object.entries(res.getHeaders()).map(([name, value]) => [name, String(value)] as const);
}

// API answers are per caller and may carry chat content: never stored by browsers or proxies.
const API_HEADERS = headersOf(helmetWith(API_CONTENT_SECURITY_POLICY), { "Cache-Control": "no-store" });
const DOCS_HEADERS = headersOf(helmetWith(DOCS_CONTENT_SECURITY_POLICY));

/** One middleware for all responses; mount it first so error responses carry the headers too. */
export const securityHeaders: RequestHandler = (req, res, next) => {
  const headers = DOCS_PATH.test(req.url) ? DOCS_HEADERS : API_HEADERS;
  for (const [name, value] of headers) res.setHeader(name, value);
  next();
};

/**
 * The API's security headers as name/value pairs, for responses written without Express (HTTP
 * parser errors, refusals during shutdown), so both kinds of response always agree.
 */
export function bareSecurityHeaders(): ReadonlyArray<readonly [string, string]> {
  return API_HEADERS;
}
