// express-openapi-validator 5.6.2 compiles one JSON Schema per operation, base path, request
// content type and documented response, and each of them embeds the whole document (`components`,
// and for requests `paths`) so that its `#/components/…` references resolve. Ajv walks every schema
// it is given in full to find ids (getSchemaRefs), so each compile walked the entire contract —
// several times per operation, once per documented response — and compiled again what another
// operation, or the same operation under the other base path, had compiled already: 300–400 ms on
// the first request of every operation, and seconds to compile them all.
//
// This wraps the validator's `useAjvCache` (which every one of those compiles goes through, read
// from its module at each call) with two changes that keep what is validated the same:
//  - a compiled schema is shared when another one is identical: the same schema text apart from the
//    embedded document, and the same document object (so references mean the same). Error
//    responses are mostly one shared `$ref` (`#/components/responses/…`) and compile once;
//  - ajv gets only the parts of the embedded document the schema reaches through its references.
import { createRequire } from "node:module";

interface Ajv {
  getSchema(key: string): Validate | undefined;
  addSchema(schema: object, key: string): unknown;
}
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
type UseAjvCache = (ajv: Ajv, schema: Record<string, unknown>, key: string) => Validate;
interface UtilModule {
  useAjvCache: UseAjvCache & { shared?: true };
}

/** The members of the root the validator fills with the whole document. */
const EMBEDDED = ["components", "paths"] as const;
/** Keywords whose meaning depends on where a schema sits; a schema using them compiles as given. */
const POSITIONAL = new Set(["$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$recursiveRef", "$recursiveAnchor"]);

let installed = false;

/** Makes the validator compile each distinct schema once, from the parts of the document it uses. Idempotent. */
export function shareCompiledSchemas(): void {
  if (installed) return;
  installed = true;
  const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
  const util = fromValidator("./middlewares/util.js") as UtilModule;
  if (typeof util.useAjvCache !== "function") throw new Error("express-openapi-validator's useAjvCache moved; check its version");
  if (util.useAjvCache.shared) return;
  const compiled = new WeakMap<Ajv, Map<string, Validate>>();
  const shared: UseAjvCache = (ajv, schema, key) => {
    const known = ajv.getSchema(key);
    if (known) return known;
    const fingerprint = fingerprintOf(schema);
    let byFingerprint = compiled.get(ajv);
    if (!byFingerprint) compiled.set(ajv, (byFingerprint = new Map<string, Validate>()));
    const same = fingerprint === undefined ? undefined : byFingerprint.get(fingerprint);
    if (same) return same;
    ajv.addSchema(reachablePart(schema), key);
    const validate = ajv.getSchema(key);
    if (!validate) throw new Error(`ajv did not keep the schema ${key}`);
    if (fingerprint !== undefined) byFingerprint.set(fingerprint, validate);
    return validate;
  };
  util.useAjvCache = Object.assign(shared, { shared: true as const });
}

// Each embedded document object gets a number, so a fingerprint names the document it refers into.
const documentIds = new WeakMap<object, number>();
let nextDocumentId = 0;

/** The schema's own text plus which document objects it embeds; undefined if it cannot be written as JSON. */
function fingerprintOf(schema: Record<string, unknown>): string | undefined {
  const own: Record<string, unknown> = {};
  const documents: (number | null)[] = [];
  for (const [name, value] of Object.entries(schema)) {
    if (!(EMBEDDED as readonly string[]).includes(name)) own[name] = value;
    else if (typeof value === "object" && value !== null) {
      let id = documentIds.get(value);
      if (id === undefined) documentIds.set(value, (id = nextDocumentId++));
      documents.push(id);
    } else documents.push(null);
  }
  try {
    // Functions (the validator's serdes hooks) do not survive JSON; such schemas are not shared.
    return JSON.stringify([own, documents], (_key, value: unknown) => {
      if (typeof value === "function") throw new Error("not JSON");
      return value;
    });
  } catch {
    return undefined;
  }
}

/**
 * The root with its embedded document cut down to what its references reach, transitively. The
 * reached schema objects are the document's own (not copies). Returns the root unchanged when a
 * reference leaves the document or a reached schema uses a positional keyword.
 */
export function reachablePart(root: Record<string, unknown>): Record<string, unknown> {
  const pruned: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(root)) if (!(EMBEDDED as readonly string[]).includes(name)) pruned[name] = value;
  const reached = new Map<string, readonly string[]>();
  const visited = new Set<object>();
  const pending: unknown[] = [pruned];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== "object" || node === null || visited.has(node)) continue;
    visited.add(node);
    for (const [name, value] of Object.entries(node)) {
      if (POSITIONAL.has(name) || (name === "$ref" && typeof value === "string" && !value.startsWith("#/"))) return root;
      if (typeof value === "string" && value.startsWith("#/")) {
        if (reached.has(value)) continue;
        const segments = pointerSegments(value);
        const target = segments === undefined ? undefined : at(root, segments);
        if (target === undefined) {
          if (name === "$ref") return root;
          continue;
        }
        reached.set(value, segments ?? []);
        pending.push(target);
      } else if (typeof value === "object" && value !== null) pending.push(value);
    }
  }
  // Shorter pointers first: a target inside one already placed is part of it.
  const placed = [...reached.values()].sort((a, b) => a.length - b.length);
  for (const segments of placed) place(pruned, root, segments);
  return pruned;
}

/** The segments of a local JSON pointer (`#/a/b~1c`), decoded; undefined if it is malformed. */
export function pointerSegments(pointer: string): string[] | undefined {
  try {
    return pointer
      .slice(2)
      .split("/")
      .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"));
  } catch {
    return undefined;
  }
}

/** The value at `segments` below `node`, if there is one. */
export function at(node: unknown, segments: readonly string[]): unknown {
  let current = node;
  for (const segment of segments) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Puts the root's value at `segments` into `pruned`, creating (copied) containers on the way. */
function place(pruned: Record<string, unknown>, root: Record<string, unknown>, segments: readonly string[]): void {
  let into: Record<string, unknown> = pruned;
  let from: unknown = root;
  for (const [index, segment] of segments.entries()) {
    from = (from as Record<string, unknown>)[segment];
    if (index === segments.length - 1) {
      into[segment] ??= from;
      return;
    }
    const existing = into[segment];
    // Already placed whole by a shorter pointer: this target is inside it.
    if (existing !== undefined && existing === from) return;
    if (existing === undefined) into[segment] = Array.isArray(from) ? [] : {};
    into = into[segment] as Record<string, unknown>;
  }
}
