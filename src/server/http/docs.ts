// The contract itself (/openapi.json, /openapi.yaml) and Swagger UI over it (/docs), served
// from local files: no CDN, since users may be offline.
import { Router } from "express";
import swaggerUi from "swagger-ui-express";
import type { SpecDocument } from "../spec.js";

export function docsRoutes(document: SpecDocument, yaml: string): Router {
  const router = Router();
  const json = JSON.stringify(document);
  router.get("/openapi.json", (_req, res) => {
    res.type("application/json").send(json);
  });
  router.get("/openapi.yaml", (_req, res) => {
    res.type("application/yaml").send(yaml);
  });
  router.get("/", (_req, res) => {
    res.redirect(302, "/docs/");
  });
  router.use(
    "/docs",
    swaggerUi.serve,
    swaggerUi.setup(document, {
      customSiteTitle: "Microsoft Graph chat API — graph-chat-contract",
      swaggerOptions: { persistAuthorization: true, displayRequestDuration: true, tryItOutEnabled: true },
    }),
  );
  return router;
}
