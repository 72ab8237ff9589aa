// The contract's operationIds, so fault settings naming an operation can be checked: a misspelt
// id would otherwise match nothing and silently inject no faults.
import { loadSpec } from "../spec.js";

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

let cached: ReadonlySet<string> | undefined;

export function contractOperationIds(): ReadonlySet<string> {
  if (!cached) {
    const ids = new Set<string>();
    for (const item of Object.values(loadSpec().document.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as { operationId?: unknown } | undefined;
        if (typeof operation?.operationId === "string") ids.add(operation.operationId);
      }
    }
    cached = ids;
  }
  return cached;
}

/** Calls `fail` (which throws) unless `id` is an operationId of the contract. */
export function checkOperationId(id: string, label: string, fail: (message: string) => never): string {
  if (contractOperationIds().has(id)) return id;
  return fail(`${label}: unknown operationId '${id}' (the contract's are ${[...contractOperationIds()].sort().join(", ")})`);
}
