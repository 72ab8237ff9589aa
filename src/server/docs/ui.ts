// Swagger UI at /docs, one small Express app per createApp: swagger-ui-express's page, init script
// and Swagger UI's files (./swagger-ui.ts), the page's own script and stylesheet (./browser/), and
// — only when the server trusts its development key — the demo users and the dev-token endpoint
// behind the page's "Act as" picker.
import express, { type RequestHandler } from "express";
import type { Directory } from "../directory/directory.js";
import { DOCS_CONTENT_SECURITY_POLICY } from "../http/security-headers.js";
import type { SpecDocument } from "../spec.js";
import { browserFile } from "./browser-files.js";
import { devTokenEndpoint } from "./dev-token.js";
import { delegatedScopes } from "./scopes.js";
import { SWAGGER_UI_FILES, swaggerUiFiles, swaggerUiOptions, swaggerUiPage, type DocsPageSettings } from "./swagger-ui.js";

/** Where the docs app is mounted. */
export const DOCS_PATH = "/docs";

export interface DocsUiOptions {
  /** The contract, for the scopes a demo user's token needs. */
  document: SpecDocument;
  /** Offer development tokens for the directory's users; absent when tokens come from a JWKS. */
  devTokens?: { directory: () => Directory };
}

/** The demo users the picker offers (GET /docs/users.json). */
export interface DocsUsers {
  users: { id: string; userPrincipalName: string; displayName: string }[];
}

export function docsUi(options: DocsUiOptions): express.Express {
  const { devTokens } = options;
  const settings: DocsPageSettings = {
    devTokens: devTokens ? { endpoint: `${DOCS_PATH}/dev-token`, users: `${DOCS_PATH}/users.json` } : null,
  };
  const swaggerUi = swaggerUiOptions(settings, { script: `${DOCS_PATH}/docs.js`, stylesheet: `${DOCS_PATH}/docs.css` });

  const docs = express();
  docs.disable("x-powered-by");
  // The server turns ETags off for the API's speed; here they make every reload a cheap 304.
  docs.enable("etag");
  docs.use(contentSecurityPolicy, revalidate);
  // `/docs` and `/docs/` alike (strict routing is off): the page names its files by absolute path.
  docs.get("/", swaggerUiPage(swaggerUi, DOCS_PATH));
  docs.get("/docs.js", browserFile("docs.js"));
  docs.get("/docs.css", browserFile("docs.css"));
  docs.get(SWAGGER_UI_FILES, swaggerUiFiles(swaggerUi));
  if (devTokens) {
    docs.get("/users.json", (_req, res) => {
      const users = devTokens.directory().users.map(({ id, userPrincipalName, displayName }) => ({ id, userPrincipalName, displayName }));
      // The directory can change while the server runs (harness, /_admin): never cached.
      res.set("Cache-Control", "no-store").json({ users } satisfies DocsUsers);
    });
    docs.get("/dev-token", devTokenEndpoint(devTokens.directory, delegatedScopes(options.document)));
  }
  return docs;
}

/**
 * The server's security headers set this policy for /docs already; this sets it only if they have
 * not, so the page (written for it: no inline script) is never served without it.
 */
const contentSecurityPolicy: RequestHandler = (_req, res, next) => {
  if (!res.getHeader("Content-Security-Policy")) res.setHeader("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY);
  next();
};

/**
 * Nothing here changes without a new release, and the file names carry no version: a browser may
 * keep every file but asks each time (ETag, Last-Modified) whether it changed.
 */
const revalidate: RequestHandler = (_req, res, next) => {
  res.set("Cache-Control", "no-cache");
  next();
};
