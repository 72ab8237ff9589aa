// The contract, loaded once per process: the validator, the permission check, the beta-only
// guard and the /openapi.* endpoints all read this one parsed copy. The server reads the JSON
// form that `npm run generate` writes (drift-checked like the types), so it never parses YAML.
import { readFileSync } from "node:fs";

/** The parts of an OpenAPI document the server reads itself (the validator reads the rest). */
export interface SpecOperation {
  operationId?: string;
  "x-permissions"?: Permissions;
  /** On an operation served under an alternative path: the operationId it is an alias of. */
  "x-graph-alias-of"?: string;
}

/** Delegated scopes and application roles, any one of which suffices. */
export interface Permissions {
  readonly delegated?: readonly string[];
  readonly application?: readonly string[];
}
interface SpecPathItem {
  servers?: { url: string }[];
  [method: string]: unknown;
}
export interface SpecDocument {
  servers?: { url: string }[];
  paths: Record<string, SpecPathItem>;
  [key: string]: unknown;
}

export const specPath = new URL("../../openapi.yaml", import.meta.url);
const specJsonPath = new URL("../../generated/openapi.json", import.meta.url);

let cached: { document: SpecDocument } | undefined;
let yaml: string | undefined;

export function loadSpec(): { document: SpecDocument } {
  if (!cached) {
    const { "x-generated": _notice, ...document } = JSON.parse(readFileSync(specJsonPath, "utf8")) as SpecDocument;
    cached = { document };
  }
  return cached;
}

/** openapi.yaml as written (comments and order kept), read when first asked for. */
export function specYaml(): string {
  return (yaml ??= readFileSync(specPath, "utf8"));
}

/** A fresh deep copy, for consumers that mutate what they are given (the validator does). */
export function specDocumentCopy(): SpecDocument {
  return structuredClone(loadSpec().document);
}

/**
 * Paths whose own `servers` narrow them to some base paths (the beta-only `$ref` operations),
 * as matchers: a request under a base path not listed for its path is unknown there.
 */
export function restrictedPaths(document: SpecDocument): { pattern: RegExp; bases: string[] }[] {
  return Object.entries(document.paths)
    .filter(([, item]) => item.servers && item.servers.length > 0)
    .map(([template, item]) => ({
      pattern: new RegExp(`^${template.replace(/[$.]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}/?$`),
      bases: (item.servers ?? []).map((server) => server.url),
    }));
}
