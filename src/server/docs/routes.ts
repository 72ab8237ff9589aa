// The contract itself (/openapi.json, /openapi.yaml) and Swagger UI over it (/docs, ./ui.ts),
// served from local files: no CDN, since users may be offline. `/` leads to the docs.
import { Router } from "express";
import type { Directory } from "../directory/directory.js";
import type { SpecDocument } from "../spec.js";
import { DOCS_PATH, docsUi } from "./ui.js";

/** `devTokens`: let the docs page mint tokens for the directory's users (development key only). */
export function docsRoutes(document: SpecDocument, yaml: () => string, devTokens?: { directory: () => Directory }): Router {
  const router = Router();
  const json = JSON.stringify(document);
  router.get("/openapi.json", (_req, res) => {
    res.type("application/json").send(json);
  });
  router.get("/openapi.yaml", (_req, res) => {
    res.type("application/yaml").send(yaml());
  });
  router.get("/", (req, res) => {
    // Keeps a query such as ?user=jacob@contoso.com for the docs page.
    const query = req.originalUrl.indexOf("?");
    res.redirect(302, `${DOCS_PATH}${query < 0 ? "" : req.originalUrl.slice(query)}`);
  });
  router.use(DOCS_PATH, docsUi({ document, ...(devTokens && { devTokens }) }));
  return router;
}
