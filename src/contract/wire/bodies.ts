// The body families of the raw fuzz: a valid sample body broken byte-wise, JSON-wise, or sent
// under a wrong content type. Each breakage alone must make the request fail with a 4xx, except
// where noted (`expect` undefined): then only "no 5xx, valid against the spec" applies.
import fc from "fast-check";
import type { Operation } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { bytesBreakage } from "./body-bytes.js";
import { jsonBreakage } from "./body-json.js";
import { CONTENT_TYPES } from "./content-types.js";
import { canonical, type Breakage, type RawPlan } from "./plan.js";
import { sampleBody } from "./sample-bodies.js";

/** The three body families over the operations that take a body. */
export function bodyFamilies(
  writes: Operation[],
  users: ContractUsers,
): { bytes: fc.Arbitrary<RawPlan>; json: fc.Arbitrary<RawPlan>; contentType: fc.Arbitrary<RawPlan> } {
  const sampleOf = (op: Operation) => sampleBody(op.canonical, users) as Record<string, unknown>;
  const plan = (op: Operation, family: RawPlan["family"], broken: Breakage): RawPlan => {
    const { body: _sample, ...base } = canonical(op, users);
    return {
      ...base,
      family,
      describe: `${op.operationId} with ${broken.what}`,
      ...(broken.body && { body: broken.body }),
      ...(broken.expect && { expect: broken.expect }),
    };
  };
  // Byte-level changes cannot keep a placeholder whole, so they skip the sample that has one.
  const bytesTargets = writes.filter((op) => !JSON.stringify(sampleOf(op)).includes("{chat-raw}"));
  return {
    bytes: fc
      .tuple(fc.constantFrom(...bytesTargets), bytesBreakage)
      .map(([op, breakage]) => plan(op, "bytes", breakage(JSON.stringify(sampleOf(op))))),
    json: fc
      .tuple(fc.constantFrom(...writes), jsonBreakage)
      .map(([op, breakage]) => plan(op, "json", breakage(JSON.stringify(sampleOf(op)), sampleOf(op)))),
    contentType: fc.tuple(fc.constantFrom(...writes), fc.constantFrom(...CONTENT_TYPES)).map(([op, type]) => {
      const { body, headers: _json, ...base } = canonical(op, users);
      return {
        ...base,
        ...(body && { body }),
        family: "content-type",
        describe: `${op.operationId} with ${type.what}`,
        headers: type.headers,
        ...(type.expect && { expect: type.expect }),
      };
    }),
  };
}
