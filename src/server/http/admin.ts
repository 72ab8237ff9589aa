// The admin API under /_admin: the test harness's abilities over HTTP, for test setups that run
// the server as a separate process. It has no authentication, so the app mounts it only when
// asked (ADMIN_API=1 or the `admin` option); otherwise /_admin/* is an unknown path like any other.
// It lies outside the contract's base paths, so the validator does not see it: bodies are checked here.
import { Router } from "express";
import type { ServerControl } from "../control.js";
import { Directory } from "../directory/directory.js";
import { FAULT_STATUSES, FaultConfigError, isFaultStatus, type FailNextOptions, type FaultSettings } from "../faults/plan.js";
import { HttpError } from "./graph-error.js";
import { jsonBody } from "./json-body.js";

export const ADMIN_BASE_PATH = "/_admin";

export function adminRoutes(control: ServerControl, bodyLimit: number | string): Router {
  const router = Router();
  router.use(jsonBody(bodyLimit));

  router.post("/reset", async (_req, res) => {
    await control.reset();
    res.status(204).end();
  });

  router.put("/directory", async (req, res) => {
    let directory: Directory;
    try {
      directory = Directory.parse(requireJson(req.body), "directory");
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, (error as Error).message);
    }
    await control.loadDirectory(directory);
    res.status(204).end();
  });

  router.get("/requests", (_req, res) => {
    res.status(200).json({ value: control.requests() });
  });

  router.post("/faults", (req, res) => {
    const plan = control.faults;
    if (!plan) throw new HttpError(409, "This server was built without a fault plan.");
    try {
      plan.failNext(checkFailNext(requireJson(req.body)));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, (error as Error).message);
    }
    res.status(204).end();
  });

  // Replaces the fault settings (the FAULTS_FILE shape), turning injection on; reset restores the start ones.
  router.put("/faults", (req, res) => {
    const plan = control.faults;
    if (!plan) throw new HttpError(409, "This server was built without a fault plan.");
    try {
      // Only shaped like settings until configure() has checked every field.
      plan.configure(requireJson(req.body) as FaultSettings, "faults");
    } catch (error) {
      if (error instanceof FaultConfigError) throw new HttpError(400, error.message);
      throw error;
    }
    res.status(204).end();
  });

  return router;
}

/** jsonBody leaves `body` undefined when the request sent no JSON. */
function requireJson(body: unknown): unknown {
  if (body === undefined) throw new HttpError(400, "Empty Payload. JSON content expected (Content-Type: application/json).");
  return body;
}

function checkFailNext(body: unknown): FailNextOptions {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new HttpError(400, "faults: expected an object { count, status?, retryAfterSeconds?, operationId? }");
  }
  const { count, status, retryAfterSeconds, operationId } = body as Record<string, unknown>;
  if (typeof count !== "number") throw new HttpError(400, "faults: count must be a positive integer");
  if (status !== undefined && !isFaultStatus(status))
    throw new HttpError(400, `faults: status must be one of ${FAULT_STATUSES.join(", ")}`);
  if (retryAfterSeconds !== undefined && typeof retryAfterSeconds !== "number") {
    throw new HttpError(400, "faults: retryAfterSeconds must be a whole number ≥ 0");
  }
  if (operationId !== undefined && (typeof operationId !== "string" || operationId === "")) {
    throw new HttpError(400, "faults: operationId must be a non-empty string");
  }
  return {
    count,
    ...(status !== undefined && { status }),
    ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
    ...(operationId !== undefined && { operationId }),
  };
}
