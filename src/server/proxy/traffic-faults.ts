// The server's fault plan and Graph throttling model, applied to live traffic. Throttling counts
// per app, user and chat as the server does; the proxy verifies no token (Graph does), so it reads
// who is calling from the token's claims unverified — good enough to count by, never to trust.
import type { Request } from "express";
import { decodeJwt, type JWTPayload } from "jose";
import { FaultHeaderError, type FaultPlan } from "../faults/plan.js";
import { FAULT_MESSAGES } from "../faults/middleware.js";
import { HttpError, SimulatedError } from "../http/graph-error.js";
import type { OperationInfo } from "../operations.js";
import { throttledError } from "../throttling/middleware.js";
import type { Throttle } from "../throttling/model.js";

/** What to do before forwarding: wait `latencyMs`, then answer `error` if there is one. */
export interface TrafficDecision {
  readonly latencyMs: number;
  readonly error?: HttpError;
}

/** Throttling first, then faults: the server's order (throttling is Graph's front door). */
export function decideTraffic(
  req: Request,
  operation: OperationInfo,
  throttle: Throttle | undefined,
  faults: FaultPlan | undefined,
): TrafficDecision {
  const throttled = throttle && throttleError(req, operation, throttle);
  if (throttled) return { latencyMs: 0, error: throttled };
  if (!faults) return { latencyMs: 0 };
  try {
    const { fault, latencyMs } = faults.decide(operation.canonical, req.get("x-fault"));
    if (!fault) return { latencyMs };
    const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { "Retry-After": String(fault.retryAfterSeconds) };
    return { latencyMs, error: new SimulatedError(fault.status, FAULT_MESSAGES[fault.status], headers) };
  } catch (error) {
    if (error instanceof FaultHeaderError) return { latencyMs: 0, error: new HttpError(400, error.message) };
    throw error;
  }
}

function throttleError(req: Request, operation: OperationInfo, throttle: Throttle): HttpError | undefined {
  const claims = claimsOf(req.get("authorization"));
  // Without a readable token Graph answers 401 itself; there is no one to count against.
  if (!claims) return undefined;
  const params = req.openapi?.pathParams ?? {};
  const oid = typeof claims.oid === "string" && typeof claims.scp === "string" ? claims.oid : undefined;
  const decision = throttle.check({
    operationId: operation.canonical,
    tenantId: typeof claims.tid === "string" ? claims.tid : "",
    appId: typeof claims.appid === "string" ? claims.appid : typeof claims.azp === "string" ? claims.azp : "",
    userId: params.userId ?? oid,
    chatId: params.chatId,
  });
  return decision.allowed ? undefined : throttledError(decision);
}

function claimsOf(header: string | undefined): JWTPayload | undefined {
  const token = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "")?.[1];
  if (!token) return undefined;
  try {
    return decodeJwt(token);
  } catch {
    return undefined;
  }
}
