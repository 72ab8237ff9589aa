// Applies the FaultPlan to requests that matched an operation, after authentication (Graph fails
// and throttles callers it has identified): waits the added latency on a timer (never blocking
// the event loop), then answers the fault in the Graph error envelope, or lets the request on.
import type { RequestHandler } from "express";
import { HttpError, SimulatedError } from "../http/graph-error.js";
import { FaultHeaderError, type FaultDecision, type FaultPlan, type FaultStatus } from "./plan.js";

/** The request header asking for a fault (honoured only when fault injection is configured). */
export const FAULT_HEADER = "x-fault";

/** Each fault's message (the proxy answers faults with the same words). */
export const FAULT_MESSAGES: Record<FaultStatus, string> = {
  429: "Too many requests: the request was throttled. Retry after the time in Retry-After.",
  500: "The service encountered an internal error. Retry the request.",
  502: "The service received an invalid response from an upstream server. Retry the request.",
  503: "The service is temporarily unavailable. Retry after the time in Retry-After.",
  504: "The service timed out waiting for an upstream server. Retry the request.",
  507: "The service has insufficient storage to complete the request.",
};

export function injectFaults(plan: FaultPlan): RequestHandler {
  return (req, res, next) => {
    let decision: FaultDecision;
    try {
      decision = plan.decide(res.locals.operation?.canonical, req.get(FAULT_HEADER));
    } catch (error) {
      if (error instanceof FaultHeaderError) throw new HttpError(400, error.message);
      throw error;
    }
    const { fault, latencyMs } = decision;
    const answer = () => {
      if (!fault) return next();
      const headers: Record<string, string> =
        fault.retryAfterSeconds === undefined ? {} : { "Retry-After": String(fault.retryAfterSeconds) };
      next(new SimulatedError(fault.status, FAULT_MESSAGES[fault.status], headers));
    };
    if (latencyMs > 0) setTimeout(answer, latencyMs);
    else answer();
  };
}
