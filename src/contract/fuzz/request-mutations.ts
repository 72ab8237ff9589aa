// Invalid variants of a valid request: each schema-derived mutation of its body and query
// (mutations.ts), and a beta-only operation asked for under another service root. Shared by the
// spec-driven checks and the fuzz.
import type { SuiteContext } from "../core/context.js";
import type { RequestSpec } from "../core/exchange.js";
import { viewOf, type View } from "../core/schema-view.js";
import { bodyMutations, queryMutations } from "./mutations.js";

/** A request that must be refused with a 4xx, and how it was broken. */
export interface MutatedRequest {
  describe: string;
  request: RequestSpec;
}

/** Every way the spec says this valid request can be made invalid. */
export function mutatedRequests(ctx: SuiteContext, request: RequestSpec): MutatedRequest[] {
  const op = ctx.spec.operation(request.op ?? "");
  const params = new Map<string, View>([...op.query].map(([name, schema]) => [name, viewOf(ctx.spec, schema)]));
  const query = request.query ?? {};
  // A beta-only operation does not exist under the other service roots (404 there).
  const elsewhere = op.bases?.includes(request.base ?? "/v1.0") ? (["/v1.0", "/beta"] as const).filter((b) => !op.bases?.includes(b)) : [];
  const fromBase = elsewhere.map((base) => ({
    describe: `served under ${base}, not only ${op.bases?.join(", ")}`,
    request: { ...request, base },
  }));
  const fromQuery = queryMutations(query, params).map((m) => ({
    describe: `query ${m.describe}`,
    request: { ...request, query: m.apply(query) as Record<string, string> },
  }));
  if (request.body === undefined || !op.requestBody) return [...fromQuery, ...fromBase];
  const fromBody = bodyMutations(request.body, viewOf(ctx.spec, op.requestBody)).map((m) => ({
    describe: m.describe,
    request: { ...request, body: m.apply(request.body) },
  }));
  return [...fromBody, ...fromQuery, ...fromBase];
}
