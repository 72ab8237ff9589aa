// The upstream's answer against the contract. The body goes through express-openapi-validator's
// own response validation (the same compiled schemas the reference server's answers pass), by
// handing its response hook a stand-in response; the rest is what the validator leaves out:
// whether the status is documented at all, documented headers (request-id), the content type,
// and Graph's error envelope on every error, 5xx included (the validator skips 5xx bodies).
import type { IncomingHttpHeaders } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import { loadSpec } from "../spec.js";
import { isJson } from "./body.js";
import { responseBodyPointer, responseProblem, type Problem } from "./problems.js";

/** What came back from the upstream; `json` is undefined for an empty or non-JSON body. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  readonly json: unknown;
}

type SpecNode = Record<string, unknown>;

export async function checkResponse(req: Request, answer: UpstreamAnswer, responseValidation: RequestHandler): Promise<Problem[]> {
  const operation = (req.openapi?.schema ?? {}) as { operationId?: string; responses?: SpecNode };
  const responses = operation.responses ?? {};
  const { status, headers } = answer;
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
  const problems: Problem[] = [];
  if (key === undefined) {
    problems.push(
      responseProblem(
        "/status",
        `status ${status} is not documented for ${operation.operationId} (documented: ${Object.keys(responses).join(", ")})`,
      ),
    );
  }
  const documented = key === undefined ? undefined : resolve(responses[key] as SpecNode);
  if (documented) problems.push(...headerProblems(documented, headers));
  const type = headers["content-type"];
  const media = Object.keys((documented?.content as SpecNode | undefined) ?? {});
  if (answer.text.length > 0 && media.length > 0 && media.includes("application/json") && !isJson(type)) {
    problems.push(responseProblem("/headers/content-type", `content-type is ${JSON.stringify(type ?? null)}, expected application/json`));
  }
  if (answer.text.length > 0 && isJson(type) && answer.json === undefined) {
    problems.push(responseProblem("/body", "the body is not valid JSON"));
    return problems;
  }
  if (status >= 400) problems.push(...envelopeProblems(answer.json));
  // The validator reads JSON bodies (an empty one too: whether one was due); 5xx it skips.
  if (documented !== undefined && status < 500 && (answer.json !== undefined || answer.text.length === 0)) {
    problems.push(...(await validatorProblems(req, answer, responseValidation)));
  }
  return problems;
}

/** Graph's envelope: `{"error": {"code", "message", "innerError"}}`. */
function envelopeProblems(json: unknown): Problem[] {
  const error = isObject(json) ? json.error : undefined;
  if (!isObject(error))
    return [responseProblem("/body/error", 'an error response without Graph\'s envelope {"error": {code, message, innerError}}')];
  const problems: Problem[] = [];
  if (typeof error.code !== "string" || error.code === "") problems.push(responseProblem("/body/error/code", "missing or not a string"));
  if (typeof error.message !== "string") problems.push(responseProblem("/body/error/message", "missing or not a string"));
  if (!isObject(error.innerError)) problems.push(responseProblem("/body/error/innerError", "missing or not an object"));
  return problems;
}

/** Documented headers: request-id (Graph sends it on every answer) and any marked required must be there; integers must be integers. */
function headerProblems(documented: SpecNode, headers: IncomingHttpHeaders): Problem[] {
  const problems: Problem[] = [];
  for (const [name, raw] of Object.entries((documented.headers as SpecNode | undefined) ?? {})) {
    const header = resolve(raw as SpecNode);
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (name.toLowerCase() === "request-id" || header.required === true)
        problems.push(responseProblem(`/headers/${name.toLowerCase()}`, `missing; the contract documents ${name} on this response`));
      continue;
    }
    const schema = resolve((header.schema as SpecNode | undefined) ?? {});
    const text = Array.isArray(value) ? value.join(",") : value;
    if (schema.type === "integer" && !/^\d+$/.test(text.trim()))
      problems.push(responseProblem(`/headers/${name.toLowerCase()}`, `${JSON.stringify(text)} is not an integer`));
  }
  return problems;
}

/** Runs the validator's response hook on a stand-in response that only records; resolves with its findings. */
async function validatorProblems(req: Request, answer: UpstreamAnswer, responseValidation: RequestHandler): Promise<Problem[]> {
  let failure: unknown;
  const standIn = {
    statusCode: answer.status,
    headersSent: false,
    locals: {},
    getHeaders: () => (answer.headers["content-type"] === undefined ? {} : { "content-type": answer.headers["content-type"] }),
    json: (_body: unknown) => standIn,
    status: () => standIn,
    set: () => standIn,
    send: () => standIn,
    end: () => standIn,
  };
  // The hook is installed asynchronously (next() without an error), then reports synchronously
  // through the same next when json() is called with a body that breaks the schema.
  await new Promise<void>((installed) => {
    responseValidation(req, standIn as unknown as Response, (error?: unknown) => {
      if (error !== undefined) failure = error;
      installed();
    });
  });
  if (failure === undefined) standIn.json(answer.json);
  if (failure === undefined) return [];
  const message = typeof (failure as { message?: unknown }).message === "string" ? (failure as Error).message : "does not match the schema";
  // "no schema defined for status code": reported above, with the documented statuses.
  if (/no schema defined for status code/.test(message)) return [];
  const details = ((failure as { errors?: { path?: string; message?: string }[] }).errors ?? []).filter((d) => d.message);
  if (details.length === 0) return [responseProblem(responseBodyPointer((failure as { path?: string }).path), message)];
  return details.map((d) => responseProblem(responseBodyPointer(d.path), d.message ?? "is invalid"));
}

/** Follows a `$ref` into the contract's components (`#/components/responses/…`). */
function resolve(node: SpecNode): SpecNode {
  let current = node;
  for (let depth = 0; typeof current.$ref === "string" && depth < 10; depth++) {
    let target: unknown = loadSpec().document;
    for (const part of current.$ref.replace(/^#\//, "").split("/"))
      target = isObject(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    if (!isObject(target)) return {};
    current = target;
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
