// The rules every response must follow, whatever was asked: a documented status, JSON with the
// documented schema (or, where the contract documents another body, such as an image, a content
// type it documents), request ids, and the Graph error envelope on errors.
import { graphCodeForStatus } from "../../shared/graph-error-codes.js";
import type { Exchange } from "./exchange.js";
import type { Spec } from "./spec.js";

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Returns what is wrong with the response, or `undefined` when it conforms. */
export function verifyResponse(
  spec: Spec,
  exchange: Exchange,
  text: string,
  operationId: string | undefined,
  sentClientRequestId: string | null,
): string | undefined {
  const { status, headers, json } = exchange;
  const requestId = headers.get("request-id");
  if (!requestId) return "no request-id header";
  const echoed = headers.get("client-request-id");
  const expectedEcho = sentClientRequestId ?? requestId;
  if (echoed !== expectedEcho) return `client-request-id header is ${JSON.stringify(echoed)}, expected ${JSON.stringify(expectedEcho)}`;
  const op = operationId ? spec.operation(operationId) : undefined;
  if (op && !op.statuses.includes(String(status)))
    return `status ${status} is not documented for ${op.operationId} (documented: ${op.statuses.join(", ")})`;
  if (status === 204 || (op && status < 300 && op.bodiless.includes(String(status)))) {
    return text.length > 0
      ? `a ${status} response of ${op?.operationId ?? "this request"} has a body; it is documented without one`
      : undefined;
  }
  const type = headers.get("content-type") ?? "";
  // A documented body that is not JSON (an image's `$value`): its type must be in a documented range.
  const media = op ? spec.responseMediaTypes(op.operationId, String(status)) : [];
  if (media.length > 0 && !media.includes("application/json")) {
    if (!media.some((range) => inMediaRange(type, range))) return `content-type is ${JSON.stringify(type)}, expected ${media.join(" or ")}`;
    return text.length === 0 ? `the ${status} response has no body` : undefined;
  }
  if (!/^application\/json\b/i.test(type)) return `content-type is ${JSON.stringify(type)}, expected application/json`;
  if (json === undefined) return `body is not JSON: ${text.slice(0, 200)}`;
  if (status >= 400) {
    const problem = envelopeProblem(json, status, requestId, expectedEcho);
    if (problem) return `error envelope: ${problem}; body ${text.slice(0, 300)}`;
  }
  if (op) {
    const validate = spec.responseValidator(op.operationId, String(status));
    if (validate && !validate(json)) {
      const first = validate.errors?.[0];
      const where = first?.instancePath || "(body)";
      return `response does not match the ${status} schema: ${where} ${first?.message ?? "is invalid"}${first ? ` (value ${JSON.stringify(valueAt(json, first.instancePath))?.slice(0, 120)})` : ""}`;
    }
  }
  return undefined;
}

/** Whether a Content-Type header is within a media type or range such as `image/*`. */
function inMediaRange(contentType: string, range: string): boolean {
  const essence = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  const wanted = range.toLowerCase();
  if (!wanted.endsWith("/*")) return essence === wanted;
  return essence.startsWith(wanted.slice(0, -1)) && essence.length > wanted.length - 1;
}

function envelopeProblem(json: unknown, status: number, requestId: string, clientRequestId: string): string | undefined {
  const error = (json as { error?: unknown }).error as Record<string, unknown> | undefined;
  if (!error || typeof error !== "object") return "no `error` object";
  const code = graphCodeForStatus(status);
  if (error.code !== code) return `error.code is ${JSON.stringify(error.code)}, expected ${code} for ${status}`;
  if (typeof error.message !== "string" || error.message.length === 0) return "error.message is missing or empty";
  const inner = error.innerError as Record<string, unknown> | undefined;
  if (!inner || typeof inner !== "object") return "no error.innerError";
  if (typeof inner.date !== "string" || !ISO_UTC.test(inner.date))
    return `innerError.date ${JSON.stringify(inner.date)} is not ISO 8601 UTC`;
  if (inner["request-id"] !== requestId)
    return `innerError.request-id ${JSON.stringify(inner["request-id"])} differs from the header ${requestId}`;
  if (inner["client-request-id"] !== clientRequestId)
    return `innerError.client-request-id ${JSON.stringify(inner["client-request-id"])} differs from the header ${clientRequestId}`;
  return undefined;
}

function valueAt(json: unknown, pointer: string): unknown {
  let node = json;
  for (const part of pointer.split("/").slice(1))
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}
