// The operationId is the one key shared by the spec, the generated types, the server's handlers,
// permissions, throttling and fault rules, the contract suite's cases and the tests.
import type { OperationAliases } from "../../generated/operations.js";
import type { operations } from "../../generated/schema.js";

/** Every operation of the contract, aliases included. */
export type OperationId = keyof operations;

/** The operations that own a handler and rules; aliases are served by theirs (`x-graph-alias-of`). */
export type CanonicalOperationId = Exclude<OperationId, keyof OperationAliases>;

/** The canonical operation that serves `K`: `K` itself unless it is an alias. */
export type CanonicalOf<K extends OperationId> = K extends keyof OperationAliases ? OperationAliases[K] : K;
