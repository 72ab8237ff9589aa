// Graph's throttling on the wire: asks the throttling model about each authenticated request to
// an operation, answers 429 TooManyRequests with Retry-After when a bucket is empty, and reports
// the tightest bucket in RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset either way.
// It runs after authentication (Graph throttles identified callers: by app, user and chat) and
// before fault injection (throttling is Graph's front door; faults stand for trouble behind it).
import type { RequestHandler } from "express";
import type { Directory } from "../directory/directory.js";
import { HttpError } from "../http/graph-error.js";
import type { RateLimitState, Throttle, ThrottleDecision } from "./model.js";

/** `directory` is read per request, so `/users/{upn}/chats` and `/users/{id}/chats` count as the same user. */
export function throttleRequests(model: Throttle, directory: () => Directory): RequestHandler {
  return (req, res, next) => {
    const operationId = res.locals.operation?.canonical;
    if (operationId === undefined) return next();
    const { caller, appId } = res.locals;
    const params = req.openapi?.pathParams ?? {};
    const listed =
      params.userId === undefined
        ? caller.kind === "user"
          ? caller.userId
          : undefined
        : (directory().find(params.userId)?.id ?? params.userId);
    const decision = model.check({ operationId, tenantId: caller.tenantId, appId, userId: listed, chatId: params.chatId });
    if (decision.allowed) {
      if (decision.rateLimit) for (const [name, value] of Object.entries(rateLimitHeaders(decision.rateLimit))) res.setHeader(name, value);
      return next();
    }
    throw throttledError(decision);
  };
}

/** The 429 of a refused request, naming the limit, with Retry-After and the RateLimit-* headers. */
export function throttledError(decision: Extract<ThrottleDecision, { allowed: false }>): HttpError {
  const { limit, perSeconds } = decision.limit;
  const window = perSeconds === 1 ? "second" : `${perSeconds} seconds`;
  const message =
    `Too many requests: the limit for ${decision.what} is ${limit} per ${window} (rule '${decision.rule}'). ` +
    `Retry after ${decision.retryAfterSeconds} second${decision.retryAfterSeconds === 1 ? "" : "s"}.`;
  return new HttpError(429, message, { "Retry-After": String(decision.retryAfterSeconds), ...rateLimitHeaders(decision.rateLimit) });
}

function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": String(state.resetSeconds),
  };
}
