// What swagger-ui-express serves for /docs: its page, its init script (which starts Swagger UI) and
// Swagger UI's files from the installed swagger-ui-dist (no CDN: the machine may be offline). Built
// per app with serveFiles/setup; its module-wide `serve` would share one init script between every
// app in the process, the last one set up winning.
import type { RequestHandler } from "express";
import swaggerUi, { type SwaggerUiOptions } from "swagger-ui-express";

export const PAGE_TITLE = "Microsoft Graph chat API — graph-chat-contract";

/** The page's own settings, read by browser/docs.js from Swagger UI's configuration. */
export interface DocsPageSettings {
  /** Where the "Act as" picker gets its users and tokens; null when the server verifies real tokens. */
  devTokens: { endpoint: string; users: string } | null;
}

/**
 * Swagger UI's files the page loads (and the source maps they name), relative to /docs. The rest
 * of swagger-ui-dist is not served: its index.html and swagger-initializer.js open the Petstore
 * demo on the internet.
 */
export const SWAGGER_UI_FILES = [
  "/swagger-ui-init.js",
  "/swagger-ui-bundle.js",
  "/swagger-ui-bundle.js.map",
  "/swagger-ui-standalone-preset.js",
  "/swagger-ui-standalone-preset.js.map",
  "/swagger-ui.css",
  "/swagger-ui.css.map",
  "/favicon-16x16.png",
  "/favicon-32x32.png",
];

/** `assets`: the absolute URLs of the page's own script and stylesheet. */
export function swaggerUiOptions(settings: DocsPageSettings, assets: { script: string; stylesheet: string }): SwaggerUiOptions {
  return {
    customSiteTitle: PAGE_TITLE,
    // A file, never `customJsStr`: that would be an inline script, which the page's policy refuses.
    customJs: assets.script,
    customCssUrl: assets.stylesheet,
    // Without it swagger-ui-express adds the text "undefined" to the page's style element.
    customCss: "",
    swaggerUrl: "/openapi.json",
    swaggerOptions: {
      // The plain layout: the page's own bar replaces Swagger UI's top bar and its URL box.
      layout: "BaseLayout",
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      displayRequestDuration: true,
      // The README and the tests name operations by operationId.
      displayOperationId: true,
      persistAuthorization: true,
      tryItOutEnabled: true,
      // The online validator badge would call the internet; this page works offline.
      validatorUrl: null,
      graphChatContract: settings,
    },
  };
}

/** The handlers for {@link SWAGGER_UI_FILES}, this app's own init script included. */
export function swaggerUiFiles(options: SwaggerUiOptions): RequestHandler[] {
  return swaggerUi.serveFiles(undefined, options);
}

/**
 * The page, built once. swagger-ui-express names its files relative to the page (`./swagger-ui.css`),
 * which resolves only at `/docs/`; naming them under `base` lets the page answer at `/docs` too, the
 * address the project documents. (generateHTML also stores an init script in swagger-ui-express's
 * module, but only its module-wide `serve` reads that one, and it is never mounted.)
 */
export function swaggerUiPage(options: SwaggerUiOptions, base: string): RequestHandler {
  const html = swaggerUi.generateHTML(undefined, options).replace(/(\b(?:src|href)=")\.\//g, `$1${base}/`);
  return (_req, res) => {
    res.type("html").send(html);
  };
}
