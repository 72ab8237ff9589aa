// The upstream's answer on its way back to the app: passed through as it came, except that JSON
// answers of the contract's operations are read whole to be checked (and, with --strict, replaced
// by a 502 when they break the contract) and have their paging links pointed at the proxy.
import type { IncomingMessage } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import { answerContractBreach } from "./answers.js";
import { decoded, isJson, readBody } from "./body.js";
import { rewriteLinks } from "./links.js";
import { responseProblem, type Problem } from "./problems.js";
import { checkResponse } from "./response-checks.js";
import { forwardedHeaders, type Upstream } from "./upstream.js";

/** JSON answers larger than this are passed on unchecked (Graph's pages are far smaller). */
const CHECKED_ANSWER_LIMIT = 32 * 1024 * 1024;

export interface PassBackSettings {
  readonly upstream: Upstream;
  readonly strict: boolean;
  readonly responseValidation: RequestHandler;
  readonly clock: () => Date;
}

/** Streams the answer back unchanged (but for hop-by-hop headers). */
export function passThrough(res: Response, answer: IncomingMessage): void {
  res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardedHeaders(answer.rawHeaders));
  answer.pipe(res);
}

/** Checks and passes back an answer to an operation of the contract; resolves with its problems. */
export async function passBack(req: Request, res: Response, answer: IncomingMessage, settings: PassBackSettings): Promise<Problem[]> {
  const status = answer.statusCode ?? 502;
  const { headers } = answer;
  if (!isJson(headers["content-type"])) {
    // Not JSON (an image, or nothing): status and headers are checked; the bytes stream through.
    const text = headers["content-length"] === "0" || status === 204 || status === 304 ? "" : "(not JSON)";
    const problems = await checkResponse(req, { status, headers, text, json: undefined }, settings.responseValidation);
    if (settings.strict && problems.length > 0) return breach(res, answer, problems, settings);
    passThrough(res, answer);
    return problems;
  }
  const read = await readBody(answer, CHECKED_ANSWER_LIMIT);
  if (!read.complete) {
    res.writeHead(status, answer.statusMessage, forwardedHeaders(answer.rawHeaders));
    for (const chunk of read.head) res.write(chunk);
    answer.pipe(res);
    return [responseProblem("/body", `not checked: the body is over ${CHECKED_ANSWER_LIMIT / 1024 / 1024} MB`)];
  }
  let text: string;
  try {
    text = decoded(read.bytes, headers["content-encoding"]).toString("utf8");
  } catch (error) {
    res.writeHead(status, answer.statusMessage, forwardedHeaders(answer.rawHeaders)).end(read.bytes);
    return [responseProblem("/headers/content-encoding", `the body does not decode: ${(error as Error).message}`)];
  }
  const json = parsed(text);
  const problems = await checkResponse(req, { status, headers, text, json }, settings.responseValidation);
  if (settings.strict && problems.length > 0) return breach(res, answer, problems, settings);
  const rewritten =
    json === undefined
      ? { changed: false, json }
      : rewriteLinks(json, settings.upstream.origin, `${req.protocol}://${req.get("host") ?? ""}`);
  if (!rewritten.changed) {
    res.writeHead(status, answer.statusMessage, forwardedHeaders(answer.rawHeaders)).end(read.bytes);
    return problems;
  }
  // The one re-serialised body: sent decoded, so its encoding and length headers are the new ones.
  const bytes = Buffer.from(JSON.stringify(rewritten.json), "utf8");
  const drop = new Set(["content-length", "content-encoding"]);
  res
    .writeHead(status, answer.statusMessage, [...forwardedHeaders(answer.rawHeaders, drop), "Content-Length", String(bytes.length)])
    .end(bytes);
  return problems;
}

function breach(res: Response, answer: IncomingMessage, problems: Problem[], settings: PassBackSettings): Problem[] {
  answer.resume();
  const upstreamRequestId = answer.headers["request-id"];
  answerContractBreach(
    res,
    answer.statusCode ?? 502,
    typeof upstreamRequestId === "string" ? upstreamRequestId : undefined,
    problems,
    settings.clock,
  );
  return problems;
}

function parsed(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
