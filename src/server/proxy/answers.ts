// The answers the proxy gives itself, in Graph's envelope with request-id and client-request-id
// like every Graph answer: a refused request (through the server's own error funnel, so the
// status and message are the reference server's), a fault, an upstream that failed, and an
// upstream answer that broke the contract (502, the problems in innerError).
import type { Request, Response } from "express";
import type { Logger } from "pino";
import { errorFunnel } from "../http/error-funnel.js";
import { graphErrorBody, HttpError } from "../http/graph-error.js";
import type { Problem } from "./problems.js";

/** Answers `error` exactly as the reference server's error funnel would. */
export function answerAsServer(req: Request, res: Response, error: unknown, logger: Logger, clock: () => Date): void {
  setIds(res);
  errorFunnel(logger, clock)(error, req, res, () => res.end());
}

/** 502 or 504 for an upstream that could not be reached or did not answer in time. */
export function answerUpstreamFailure(
  req: Request,
  res: Response,
  timedOut: boolean,
  reason: string,
  logger: Logger,
  clock: () => Date,
): void {
  const status = timedOut ? 504 : 502;
  answerAsServer(
    req,
    res,
    new HttpError(status, `The proxy got no answer from the upstream: ${reason}. Retry the request.`),
    logger,
    clock,
  );
}

/** 502 for an upstream answer that breaks the contract (--strict), listing the problems. */
export function answerContractBreach(
  res: Response,
  upstreamStatus: number,
  upstreamRequestId: string | undefined,
  problems: readonly Problem[],
  clock: () => Date,
): void {
  setIds(res);
  const body = graphErrorBody(
    "BadGateway",
    `The upstream's ${upstreamStatus} answer does not match the contract (${problems.length} problem${problems.length === 1 ? "" : "s"}; see innerError.problems).`,
    clock(),
    res.locals.requestId,
    res.locals.clientRequestId,
  );
  const innerError = { ...body.error.innerError, upstreamStatus, ...(upstreamRequestId !== undefined && { upstreamRequestId }), problems };
  res.status(502).setHeader("Content-Type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ error: { ...body.error, innerError } }));
}

function setIds(res: Response): void {
  res.setHeader("request-id", res.locals.requestId);
  res.setHeader("client-request-id", res.locals.clientRequestId);
}
