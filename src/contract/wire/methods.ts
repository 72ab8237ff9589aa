// The method family of the raw fuzz: real paths asked with methods they do not document.
import fc from "fast-check";
import type { Operation, Spec } from "../core/spec.js";
import type { ContractUsers } from "../core/types.js";
import { canonical, type RawPlan } from "./plan.js";

// Methods Node's HTTP parser does not know.
export const UNKNOWN_METHODS = ["FOO", "QUERY"];

// Methods Node's parser knows: a path that exists but not with this method is a 405. HEAD and
// OPTIONS are left open (Graph answers them its own way); unknown methods fail in the parser.
const KNOWN_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND", "SEARCH", "MKCOL", "LOCK", "PURGE"];
const OPEN_METHODS = ["HEAD", "OPTIONS", "FOO", "QUERY"];

/** The method family: a real path with a method it does not document. */
export function methodArb(spec: Spec, ops: Operation[], users: ContractUsers): fc.Arbitrary<RawPlan> {
  return fc
    .tuple(fc.constantFrom(...ops), fc.constantFrom(...KNOWN_METHODS, ...OPEN_METHODS))
    .filter(([op, method]) => !spec.methodsOf(op.path).includes(method))
    .map(([op, method]): RawPlan => {
      const { op: _documented, ...base } = canonical(op, users);
      return {
        ...base,
        family: "method",
        describe: `${method} on ${op.path}`,
        method,
        ...(KNOWN_METHODS.includes(method) && { expect: [405] }),
        ...(UNKNOWN_METHODS.includes(method) && { parserRefuses: true }),
      };
    });
}
