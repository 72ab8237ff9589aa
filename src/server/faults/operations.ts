// Fault settings name operations by operationId. A misspelt id would match nothing and silently
// inject no faults, so names are checked against the contract; an alias stands for the operation
// it serves, since faults (like handlers and throttling) are keyed by the canonical operationId.
import type { CanonicalOperationId } from "../../shared/operations.js";
import { contractOperations } from "../operations.js";

/** The canonical operation `id` names; calls `fail` (which throws) unless it is an operationId of the contract. */
export function checkOperationId(id: string, label: string, fail: (message: string) => never): CanonicalOperationId {
  const operation = contractOperations().get(id);
  if (operation) return operation.canonical;
  const known = [...contractOperations().all()].map((o) => o.operationId).sort();
  return fail(`${label}: unknown operationId '${id}' (the contract's are ${known.join(", ")})`);
}
