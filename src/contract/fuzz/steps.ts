// One step of the fuzz: a generated valid request (its documented success expected), an invalid
// variant of one (a 4xx expected), or a raw plan (its own expectation, if any). Every answer is
// counted in the tally; 5xx and contract breaks by the verifying sender, the rest here.
import type { CanonicalOperationId } from "../../shared/operations.js";
import type { Prepared } from "../cases/case.js";
import { operationCases } from "../cases/operation-cases.js";
import type { SuiteContext } from "../core/context.js";
import { toCurl } from "../core/curl.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, RequestFailed } from "../core/failure.js";
import type { Spec } from "../core/spec.js";
import type { Tally } from "../core/tally.js";
import type { NodeTransport, WireResponse } from "../core/transport.js";
import { verifyResponse } from "../core/verify-response.js";
import type { RawPlan } from "../wire/plan.js";
import { toWire, type RawTargets, type WirePlan } from "../wire/to-wire.js";
import { mutatedRequests } from "./request-mutations.js";

export type Step =
  | { kind: "valid"; operationId: CanonicalOperationId; plan: unknown }
  | { kind: "invalid"; operationId: CanonicalOperationId; plan: unknown; pick: number }
  | { kind: "raw"; plan: RawPlan };

export class StepRunner {
  constructor(
    private readonly ctx: SuiteContext,
    private readonly tally: Tally,
    private readonly transport: NodeTransport,
    private readonly targets: RawTargets,
    private readonly onRequest: ((curl: string, status: number | undefined) => void) | undefined,
  ) {}

  async run(step: Step, n: number): Promise<void> {
    const where = `request ${n}`;
    try {
      if (step.kind === "raw") await this.raw(step.plan, where, n);
      else await this.generated(step, where);
    } catch (error) {
      if (error instanceof RequestFailed) this.tally.noResponse(error.message, error.curl);
      // A 5xx or schema finding in a setup request is counted already; its failed setup is not news.
      else if (!this.tally.stepHadProblems)
        this.tally.setupError(
          error instanceof Error ? error.message : String(error),
          error instanceof CheckFailure ? error.curl : undefined,
        );
    }
  }

  private async generated(step: Exclude<Step, { kind: "raw" }>, where: string): Promise<void> {
    const { operationId } = step;
    const c = operationCases[operationId];
    this.tally.startStep(where, `${step.kind} ${operationId}`);
    const prepared = await c.prepare(this.ctx, step.plan);
    let answer: Exchange | undefined;
    try {
      answer = await this.send(step, prepared);
    } finally {
      // What the case made (a subscription) goes, whatever the answer was.
      await prepared.cleanup?.(answer);
    }
  }

  /** Sends the step's request and judges the answer; the answer, for the clean-up. */
  private async send(step: Exclude<Step, { kind: "raw" }>, prepared: Prepared): Promise<Exchange> {
    const { operationId } = step;
    if (step.kind === "valid") {
      const { exchange, problem } = await this.ctx.http.exchange(prepared.request);
      const curl = toCurl(exchange.request);
      this.onRequest?.(curl, exchange.status);
      if (problem || exchange.status >= 500) return exchange;
      if (exchange.status !== prepared.status)
        this.tally.wrongAnswer(
          exchange.status,
          `a valid request was refused: ${exchange.status} instead of ${prepared.status}${said(exchange.json)}`,
          curl,
        );
      else {
        const wrong = prepared.verify?.(exchange);
        if (wrong) this.tally.wrongAnswer(exchange.status, `the answer to a valid request is wrong: ${wrong}`, curl);
      }
      return exchange;
    }
    const mutations = mutatedRequests(this.ctx, prepared.request);
    const mutation = mutations[step.pick % Math.max(1, mutations.length)];
    if (!mutation) throw new Error(`no way to make a ${operationId} request invalid`);
    this.tally.what = `invalid ${operationId}: ${mutation.describe}`;
    const { exchange, problem } = await this.ctx.http.exchange(mutation.request);
    const curl = toCurl(exchange.request);
    this.onRequest?.(curl, exchange.status);
    if (!problem && exchange.status < 400)
      this.tally.wrongAnswer(exchange.status, `an invalid request (${mutation.describe}) was accepted with ${exchange.status}`, curl);
    return exchange;
  }

  private async raw(plan: RawPlan, where: string, n: number): Promise<void> {
    this.tally.startStep(where, `raw ${plan.family}: ${plan.describe}`);
    const sent = await toWire(plan, this.targets, `fuzz-${this.ctx.seed}-${n}`, this.transport.origin);
    let response: WireResponse;
    try {
      response = await this.transport.send(sent.wire);
    } catch (error) {
      this.tally.noResponse((error as Error).message, sent.curl);
      this.onRequest?.(sent.curl, undefined);
      return;
    }
    const text = response.body.toString("utf8");
    const problem = verifyRaw(this.ctx.spec, plan, sent, response, text);
    this.tally.answered(response.status, problem, sent.curl, text);
    this.onRequest?.(sent.curl, response.status);
    if (problem || response.status >= 500 || !plan.expect) return;
    const ok = plan.expect === "refused" ? response.status >= 400 && response.status < 500 : plan.expect.includes(response.status);
    if (!ok)
      this.tally.wrongAnswer(
        response.status,
        `${plan.expect === "refused" ? "a request that must be refused" : `a request that must get ${plan.expect.join(" or ")}`} got ${response.status}${said(parse(text))}`,
        sent.curl,
      );
  }
}

// A value the server can echo safely; others may be echoed as sent or replaced by the request id.
const ECHOABLE = /^[\x21-\x7e]{1,256}$/;

/** verifyResponse for a raw request; HEAD answers carry headers only. */
function verifyRaw(spec: Spec, plan: RawPlan, sent: WirePlan, response: WireResponse, text: string): string | undefined {
  const requestId = response.headers.get("request-id");
  const echoed = response.headers.get("client-request-id");
  const sentId = sent.clientRequestId;
  // Echoed as sent, or (when it cannot be echoed safely, or never reached the application)
  // replaced by the request id.
  const mustEcho = sentId !== undefined && ECHOABLE.test(sentId) && !plan.parserRefuses;
  const expectedEcho = sentId !== undefined && (mustEcho || echoed === sentId) ? sentId : null;
  if (plan.method === "HEAD") {
    if (!requestId) return "no request-id header";
    return echoed === (expectedEcho ?? requestId)
      ? undefined
      : `client-request-id header is ${JSON.stringify(echoed)}, expected ${JSON.stringify(expectedEcho ?? requestId)}`;
  }
  const exchange: Exchange = {
    request: { method: plan.method, url: plan.path, headers: {} },
    status: response.status,
    headers: response.headers,
    json: parse(text),
  };
  return verifyResponse(spec, exchange, text, plan.op, expectedEcho);
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function said(json: unknown): string {
  const message = (json as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === "string" ? ` — server said: ${message.slice(0, 200)}` : "";
}
