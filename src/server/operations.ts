// Every operation of the contract by operationId, with the canonical operation whose handler and
// rules (permissions, throttling, faults) serve it: itself, or for an alias the operation named by
// its `x-graph-alias-of`. Built once from the spec; a request looks its operation up once.
import type { CanonicalOperationId, OperationId } from "../shared/operations.js";
import { loadSpec, type Permissions, type SpecDocument, type SpecOperation } from "./spec.js";

const METHODS = new Set(["get", "put", "post", "delete", "patch"]);

export interface OperationInfo {
  readonly operationId: OperationId;
  readonly canonical: CanonicalOperationId;
  readonly method: string;
  readonly path: string;
  /** The canonical operation's `x-permissions`; absent: anyone with a valid token. */
  readonly permissions: Permissions | undefined;
  /**
   * For an alias that adds a user before the canonical path (`/me/…`, `/users/{userId}/…`): which.
   * The canonical operation then runs for the caller as narrowed by domain/addressing.ts.
   */
  readonly addressedBy: "me" | "user" | undefined;
}

export class OperationIndex {
  private readonly byId = new Map<string, OperationInfo>();

  constructor(document: SpecDocument) {
    const found = new Map<string, { method: string; path: string; operation: SpecOperation }>();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!METHODS.has(method)) continue;
        const { operationId } = operation as SpecOperation;
        if (operationId === undefined) throw new Error(`openapi: ${method.toUpperCase()} ${path} has no operationId`);
        if (found.has(operationId)) throw new Error(`openapi: operationId ${operationId} is used twice`);
        found.set(operationId, { method, path, operation: operation as SpecOperation });
      }
    }
    for (const [operationId, { method, path, operation }] of found) {
      const canonicalId = operation["x-graph-alias-of"] ?? operationId;
      const canonical = found.get(canonicalId);
      if (!canonical || canonical.operation["x-graph-alias-of"] !== undefined) {
        throw new Error(`openapi: ${operationId} is an alias of '${canonicalId}', which is not a canonical operation`);
      }
      this.byId.set(operationId, {
        operationId: operationId as OperationId,
        canonical: canonicalId as CanonicalOperationId,
        method,
        path,
        permissions: canonical.operation["x-permissions"],
        addressedBy: addressedBy(path, canonical.path),
      });
    }
  }

  get(operationId: string): OperationInfo | undefined {
    return this.byId.get(operationId);
  }

  all(): IterableIterator<OperationInfo> {
    return this.byId.values();
  }

  /** The canonical operationIds, each once. */
  canonicalIds(): Set<CanonicalOperationId> {
    return new Set([...this.byId.values()].map((o) => o.canonical));
  }
}

/** How an alias's path addresses a user before its canonical path, if it does. */
function addressedBy(path: string, canonicalPath: string): OperationInfo["addressedBy"] {
  if (path === canonicalPath) return undefined;
  if (path === `/me${canonicalPath}`) return "me";
  if (path === `/users/{userId}${canonicalPath}`) return "user";
  throw new Error(`openapi: the alias path ${path} is not /me or /users/{userId} before ${canonicalPath}`);
}

let shared: OperationIndex | undefined;

/** The index of the project's own contract, built once per process. */
export function contractOperations(): OperationIndex {
  return (shared ??= new OperationIndex(loadSpec().document));
}
