// One exchange through the proxy: find the operation, check the request as the reference server
// would, apply throttling and faults, forward, check the answer, rewrite paging links, pass the
// answer back (or refuse, with --strict), and report what broke the contract.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import type { Logger } from "pino";
import type { FaultPlan } from "../faults/plan.js";
import { clientRequestIdFor } from "../http/request-id.js";
import type { ValidatorStages } from "../http/validator.js";
import { contractOperations } from "../operations.js";
import type { Throttle } from "../throttling/model.js";
import { answerAsServer, answerUpstreamFailure } from "./answers.js";
import { readBody, type ReadBody } from "./body.js";
import { toCurl } from "./curl.js";
import { requestProblems, type Problem } from "./problems.js";
import type { ProxyReport } from "./report.js";
import { checkRequest } from "./request-checks.js";
import { passBack, passThrough } from "./pass-back.js";
import { runStage } from "./stage.js";
import { decideTraffic } from "./traffic-faults.js";
import { UpstreamError, type Upstream } from "./upstream.js";

export interface ExchangeSettings {
  readonly upstream: Upstream;
  readonly validator: ValidatorStages;
  readonly report: ProxyReport;
  readonly logger: Logger;
  readonly strict: boolean;
  readonly logBodies: boolean;
  readonly bodyLimit: number;
  readonly faults: FaultPlan | undefined;
  readonly throttle: Throttle | undefined;
  readonly clock: () => Date;
}

export function proxyExchanges(settings: ExchangeSettings): RequestHandler {
  const { validator, report, logger, clock } = settings;
  const requestChecks = [validator.request];
  const responseValidation = validator.response;
  // The x-fault header is addressed to the proxy when it injects faults; the upstream never sees it.
  const drop = new Set(settings.faults?.enabled ? ["x-fault"] : []);
  return async (req, res) => {
    // As sent: the server's checks below may respell query options in req.url.
    const path = req.originalUrl;
    const exchangeId = randomUUID();
    res.locals.requestId = exchangeId;
    res.locals.clientRequestId = clientRequestIdFor(req.get("client-request-id"), exchangeId);
    const routed = await runStage(validator.routing, req, res);
    const operationId = (req.openapi?.schema as { operationId?: unknown } | undefined)?.operationId;
    const operation = routed === undefined && typeof operationId === "string" ? contractOperations().get(operationId) : undefined;
    if (!operation) {
      report.passedThrough();
      const answer = await forward(settings, req, res, path, { head: [], rest: req }, drop);
      return answer && passThrough(res, answer);
    }
    const hasBody = req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
    let body: ReadBody | undefined;
    try {
      body = hasBody ? await readBody(req, settings.bodyLimit) : undefined;
    } catch {
      // The app went away mid-upload: nobody to answer.
      return void res.destroy();
    }
    const refusal = await checkRequest(req, res, body, requestChecks);
    const problems: Problem[] = refusal === undefined ? [] : requestProblems(refusal, errorMessage(refusal));
    const record = (status: number, faulted = false, more: readonly Problem[] = []) =>
      report.exchange(
        {
          time: clock().toISOString(),
          exchangeId,
          method: req.method,
          path,
          operationId: operation.operationId,
          status,
          problems: [...problems, ...more],
          curl: toCurl({
            method: req.method,
            url: `${settings.upstream.origin}${path}`,
            rawHeaders: req.rawHeaders,
            ...(settings.logBodies && body?.complete && { body: body.bytes.toString("utf8") }),
          }),
        },
        faulted,
      );
    const traffic = decideTraffic(req, operation, settings.throttle, settings.faults);
    if (traffic.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, traffic.latencyMs));
    if (traffic.error) {
      answerAsServer(req, res, traffic.error, logger, clock);
      return record(res.statusCode, true);
    }
    if (settings.strict && refusal !== undefined) {
      answerAsServer(req, res, refusal, logger, clock);
      return record(res.statusCode);
    }
    const sent = body === undefined ? { head: [] } : body.complete ? { head: [body.bytes] } : { head: body.head, rest: req };
    const answer = await forward(settings, req, res, path, sent, drop);
    const answered = answer ? await passBack(req, res, answer, { ...settings, responseValidation }) : [];
    record(res.statusCode, false, answered);
  };
}

/** Sends the request on; resolves with the answer, or answers 502/504 itself when the upstream fails. */
async function forward(
  settings: ExchangeSettings,
  req: Request,
  res: Response,
  path: string,
  body: { head: readonly Buffer[]; rest?: NodeJS.ReadableStream },
  drop: ReadonlySet<string>,
): Promise<IncomingMessage | undefined> {
  try {
    return await settings.upstream.send(req.method, path, req.rawHeaders, body, drop);
  } catch (error) {
    const failure = error instanceof UpstreamError ? error : new UpstreamError(false, (error as Error).message);
    settings.logger.warn({ exchangeId: res.locals.requestId, method: req.method, path: path.split("?")[0] }, failure.message);
    if (!res.headersSent) answerUpstreamFailure(req, res, failure.timedOut, failure.message, settings.logger, settings.clock);
    else res.destroy();
    return undefined;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error || typeof (error as { message?: unknown } | null)?.message === "string"
    ? (error as Error).message
    : "the request is invalid";
}
