// Raw bad input for the fuzz, beyond what the schema-driven mutations make: random and broken
// bytes, JSON tricks (duplicate keys, prototype keys, deep nesting, huge values), wrong content
// types (bodies.ts), weird paths and percent-encodings (paths.ts), wrong methods (methods.ts),
// odd query options (queries.ts), odd header values and broken authentication (headers.ts).
import fc from "fast-check";
import type { Spec } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { bodyFamilies } from "./bodies.js";
import { authArb, headerArb } from "./headers.js";
import { methodArb } from "./methods.js";
import { pathArb } from "./paths.js";
import type { RawPlan } from "./plan.js";
import { queryArb } from "./queries.js";
import { sampleBody } from "./sample-bodies.js";

/** Every raw family, weighted towards those with the most variety. */
export function rawPlanArb(spec: Spec, users: ContractUsers): fc.Arbitrary<RawPlan> {
  const ops = [...spec.operations.values()];
  const writes = ops.filter((op) => sampleBody(op.canonical, users) !== undefined);
  const bodies = bodyFamilies(writes, users);
  return fc.oneof(
    { weight: 2, arbitrary: bodies.bytes },
    { weight: 3, arbitrary: bodies.json },
    { weight: 2, arbitrary: bodies.contentType },
    { weight: 3, arbitrary: pathArb(ops, users) },
    { weight: 1, arbitrary: methodArb(spec, ops, users) },
    { weight: 3, arbitrary: queryArb(ops, users) },
    { weight: 3, arbitrary: headerArb(ops, users) },
    { weight: 2, arbitrary: authArb(ops, users) },
  );
}
