// Answers requests with the faults a FaultPlan has due, in the Graph error envelope with
// Retry-After, after authentication (as Graph throttles callers it has identified).
import type { RequestHandler } from "express";
import type { FaultPlan } from "../faults/plan.js";
import { HttpError } from "./graph-error.js";

const MESSAGES = {
  429: "Too many requests: the request was throttled. Retry after the time in Retry-After.",
  503: "The service is temporarily unavailable. Retry after the time in Retry-After.",
} as const;

export function injectFaults(plan: FaultPlan): RequestHandler {
  return (req, _res, next) => {
    const operation = req.openapi?.schema as { operationId?: string } | undefined;
    const fault = plan.take(operation?.operationId);
    if (fault) throw new HttpError(fault.status, MESSAGES[fault.status], { "Retry-After": String(fault.retryAfterSeconds) });
    next();
  };
}
