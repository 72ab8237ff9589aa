// The delegated scopes a demo user's token needs to try every operation, read from the contract's
// `x-permissions` so a new operation or scope in openapi.yaml is picked up without a hand list.
import type { SpecDocument, SpecOperation } from "../spec.js";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Every scope any operation accepts from a signed-in user, in the order the contract names them. */
export function delegatedScopes(document: SpecDocument): string[] {
  const scopes = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      for (const scope of (operation as SpecOperation)["x-permissions"]?.delegated ?? []) scopes.add(scope);
    }
  }
  return [...scopes];
}
