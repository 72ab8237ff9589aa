// The admin API under /_admin: the test harness's abilities over HTTP, for test setups that run
// the server as a separate process. It has no authentication, so the app mounts it only when
// asked (ADMIN_API=1 or the `admin` option); otherwise /_admin/* is an unknown path like any other.
// It lies outside the contract's base paths, so the validator does not see it: bodies are checked
// against the schemas of the rooms that own their shapes (bodies.ts).
import { Router } from "express";
import type { ServerControl } from "../control.js";
import { Directory } from "../directory/directory.js";
import type { FailNextOptions, FaultPlan, FaultSettings } from "../faults/plan.js";
import { HttpError } from "../http/graph-error.js";
import { jsonBody } from "../http/json-body.js";
import { journalEntry, parseAdvance } from "../notifications/journal.js";
import { asConfigInput, requireJson } from "./bodies.js";

export const ADMIN_BASE_PATH = "/_admin";

export function adminRoutes(control: ServerControl, bodyLimit: number | string): Router {
  const router = Router();
  router.use(jsonBody(bodyLimit));

  router.post("/reset", async (_req, res) => {
    await control.reset();
    res.status(204).end();
  });

  router.put("/directory", async (req, res) => {
    const directory = asConfigInput(() => Directory.parse(requireJson(req.body), "directory"));
    await control.loadDirectory(directory);
    res.status(204).end();
  });

  router.get("/requests", (_req, res) => {
    res.status(200).json({ value: control.requests() });
  });

  // The notification delivery journal: what was sent where, its state and every attempt.
  router.get("/deliveries", async (_req, res) => {
    res.status(200).json({ value: (await control.deliveries()).map(journalEntry) });
  });

  // Moves the server's clock forward: {"advance": "5m"} (or milliseconds), for expiry and lifecycle events.
  router.post("/time", async (req, res) => {
    const body = requireJson(req.body);
    const advance = (body as { advance?: unknown } | null)?.advance;
    if (typeof body !== "object" || body === null || Array.isArray(body) || Object.keys(body).some((key) => key !== "advance"))
      throw new HttpError(400, 'The body must be {"advance": <milliseconds or a duration like "5m">}.');
    let ms: number;
    try {
      ms = typeof advance === "number" || typeof advance === "string" ? parseAdvance(advance) : Number.NaN;
    } catch (error) {
      throw new HttpError(400, (error as Error).message);
    }
    if (Number.isNaN(ms)) throw new HttpError(400, '"advance" must be milliseconds or a duration like "30s", "5m", "4h", "3d".');
    await control.advanceTime(ms);
    res.status(204).end();
  });

  router.post("/faults", (req, res) => {
    const plan = faultPlan(control);
    // Only shaped like options until failNext has checked every field.
    asConfigInput(() => plan.failNext(requireJson(req.body) as FailNextOptions, "faults"));
    res.status(204).end();
  });

  // Replaces the fault settings (the FAULTS_FILE shape), turning injection on; reset restores the start ones.
  router.put("/faults", (req, res) => {
    const plan = faultPlan(control);
    // Only shaped like settings until configure() has checked every field.
    asConfigInput(() => plan.configure(requireJson(req.body) as FaultSettings, "faults"));
    res.status(204).end();
  });

  return router;
}

function faultPlan(control: ServerControl): FaultPlan {
  const plan = control.faults;
  if (!plan) throw new HttpError(409, "This server was built without a fault plan.");
  return plan;
}
