// Swagger UI's own files, served from the installed swagger-ui-dist package (no CDN: the machine
// may be offline). The URL carries the package version, so a browser may keep them for a year.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { RequestHandler } from "express";

const packageJson = createRequire(import.meta.url).resolve("swagger-ui-dist/package.json");
const root = dirname(packageJson);

/** The installed swagger-ui-dist version, e.g. `5.35.0`. */
export const SWAGGER_UI_VERSION = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;

/** Where the files are served: versioned, so a new release is a new URL. */
export const SWAGGER_UI_PATH = `/docs/swagger-ui/${SWAGGER_UI_VERSION}`;

// Only what the page loads (and the source maps its files name). The package's own index.html
// and swagger-initializer.js point at the Petstore demo on the internet, so they are not served.
const FILES = new Set([
  "swagger-ui-bundle.js",
  "swagger-ui-bundle.js.map",
  "swagger-ui.css",
  "swagger-ui.css.map",
  "favicon-16x16.png",
  "favicon-32x32.png",
]);

/** GET {SWAGGER_UI_PATH}/:file — the listed files, cacheable for a year; anything else falls through. */
export const swaggerUiFile: RequestHandler<{ file: string }> = (req, res, next) => {
  const { file } = req.params;
  if (!FILES.has(file)) return next();
  res.sendFile(file, { root, maxAge: "365d", immutable: true, dotfiles: "deny" });
};
