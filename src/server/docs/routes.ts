// Swagger UI at /docs: the page, its script and stylesheet, Swagger UI's files, the page's
// configuration and — only when the server trusts its development key — the dev-token endpoint
// behind the page's "Act as" user picker.
import { createHash } from "node:crypto";
import { Router, type RequestHandler } from "express";
import type { Directory } from "../directory/directory.js";
import type { SpecDocument } from "../spec.js";
import { devTokenEndpoint } from "./dev-token.js";
import { DOCS_SCRIPT } from "./docs-script.js";
import { DOCS_STYLESHEET, docsPage } from "./page.js";
import { delegatedScopes } from "./scopes.js";
import { SWAGGER_UI_PATH, swaggerUiFile } from "./swagger-ui-dist.js";

export interface DocsUiOptions {
  /** The contract, for the scopes a demo user's token needs. */
  document: SpecDocument;
  /** Offer development tokens for the directory's users; absent when tokens come from a JWKS. */
  devTokens?: { directory: () => Directory };
}

/** What the page's script reads first (GET /docs/config.json). */
export interface DocsConfig {
  specUrl: string;
  devTokens: { endpoint: string; scopes: string[]; users: { id: string; userPrincipalName: string; displayName: string }[] } | null;
}

/**
 * The policy the page is written for (no inline script). The server's security headers set the same
 * one for /docs; this sets it only if they have not, so the page is never served without it.
 */
const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

const DEV_TOKEN_PATH = "/docs/dev-token";

export function docsUiRoutes(options: DocsUiOptions): Router {
  const router = Router();
  const script = revalidated(DOCS_SCRIPT, "text/javascript; charset=utf-8");
  const stylesheet = revalidated(DOCS_STYLESHEET, "text/css; charset=utf-8");
  const page = revalidated(docsPage({ script: "/docs/docs.js", stylesheet: "/docs/docs.css" }), "text/html; charset=utf-8");
  const scopes = delegatedScopes(options.document);
  const { devTokens } = options;

  router.use("/docs", contentSecurityPolicy);
  // `/docs` and `/docs/` alike: the page names its files by absolute path.
  router.get("/docs", page);
  router.get("/docs/docs.js", script);
  router.get("/docs/docs.css", stylesheet);
  router.get(`${SWAGGER_UI_PATH}/:file`, swaggerUiFile);
  router.get("/docs/config.json", (_req, res) => {
    const config: DocsConfig = {
      specUrl: "/openapi.json",
      devTokens: devTokens
        ? {
            endpoint: DEV_TOKEN_PATH,
            scopes,
            users: devTokens.directory().users.map(({ id, userPrincipalName, displayName }) => ({ id, userPrincipalName, displayName })),
          }
        : null,
    };
    // The directory can change while the server runs (harness, /_admin): never cached.
    res.set("Cache-Control", "no-store").json(config);
  });
  if (devTokens) router.get(DEV_TOKEN_PATH, devTokenEndpoint(devTokens.directory, scopes));
  return router;
}

const contentSecurityPolicy: RequestHandler = (_req, res, next) => {
  if (!res.getHeader("Content-Security-Policy")) res.setHeader("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY);
  next();
};

/**
 * A fixed text that changes only with a new release of this package: the browser may keep it but
 * asks each time (`no-cache`) whether it changed, and gets a bodiless 304 while it has not.
 */
function revalidated(body: string, type: string): RequestHandler {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return (req, res) => {
    res.set({ "Content-Type": type, "Cache-Control": "no-cache", ETag: etag });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.send(body);
  };
}
