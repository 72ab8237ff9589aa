// Invalid requests from valid ones: every way the spec says a body or query can be wrong,
// found by walking the request's schema. Each mutation must make the request invalid.
import type { View } from "../core/schema-view.js";

/** One way to break a request. */
export interface Mutation {
  /** e.g. `members[0].roles: unknown enum value`. */
  describe: string;
  apply: (value: unknown) => unknown;
}

type Json = unknown;

const SAMPLES: { type: string; value: Json }[] = [
  { type: "number", value: 42.5 },
  { type: "integer", value: 42 },
  { type: "boolean", value: true },
  { type: "string", value: "text" },
  { type: "array", value: [] },
  { type: "object", value: {} },
];

/** All mutations of a JSON body that the view makes invalid. */
export function bodyMutations(body: Json, view: View): Mutation[] {
  const found: Mutation[] = [];
  walk(body, view, [], found);
  // A "mutation" that changes nothing would expect a valid request to be refused.
  const original = JSON.stringify(body);
  return found.filter((m) => JSON.stringify(m.apply(body)) !== original);
}

function walk(value: Json, view: View, path: (string | number)[], out: Mutation[]): void {
  const at = (what: string) =>
    `${
      path.length
        ? path
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
            .join("")
            .slice(1)
        : "(body)"
    }: ${what}`;
  const wrong = wrongTypeValue(view);
  if (wrong !== undefined) out.push({ describe: at(`wrong type (${JSON.stringify(wrong)})`), apply: (b) => setAt(b, path, wrong) });
  const { maxLength, minLength, maximum, minimum, maxItems, minItems } = view;
  if (typeof value === "string") {
    if (maxLength !== undefined)
      out.push({ describe: at(`longer than maxLength ${maxLength}`), apply: (b) => setAt(b, path, "x".repeat(maxLength + 1)) });
    if (minLength !== undefined && minLength > 0)
      out.push({ describe: at(`shorter than minLength ${minLength}`), apply: (b) => setAt(b, path, "x".repeat(minLength - 1)) });
    if (view.enum?.some((e) => typeof e === "string"))
      out.push({ describe: at("unknown enum value"), apply: (b) => setAt(b, path, "notAnEnumValue") });
    if (view.format === "date-time") out.push({ describe: at("not a date-time"), apply: (b) => setAt(b, path, "yesterday at noon") });
  }
  if (typeof value === "number") {
    if (maximum !== undefined) out.push({ describe: at(`above maximum ${maximum}`), apply: (b) => setAt(b, path, maximum + 1) });
    if (minimum !== undefined) out.push({ describe: at(`below minimum ${minimum}`), apply: (b) => setAt(b, path, minimum - 1) });
  }
  if (Array.isArray(value)) {
    const first: Json = value[0];
    if (maxItems !== undefined && first !== undefined) {
      out.push({
        describe: at(`more than maxItems ${maxItems}`),
        apply: (b) =>
          setAt(
            b,
            path,
            Array.from({ length: maxItems + 1 }, () => first),
          ),
      });
    }
    if (minItems !== undefined && minItems > 0)
      out.push({ describe: at(`fewer than minItems ${minItems}`), apply: (b) => setAt(b, path, value.slice(0, minItems - 1)) });
    // The first element stands for all: the items share one schema.
    if (view.items && first !== undefined) walk(first, view.items, [...path, 0], out);
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, Json>;
    if (view.closed) out.push({ describe: at("unknown property"), apply: (b) => setAt(b, [...path, "unexpectedProperty"], "surprise") });
    for (const name of view.required) {
      if (name in object && !view.properties.get(name)?.readOnly)
        out.push({ describe: at(`required '${name}' missing`), apply: (b) => removeAt(b, [...path, name]) });
    }
    for (const [name, child] of Object.entries(object)) {
      const childView = view.properties.get(name);
      if (childView) walk(child, childView, [...path, name], out);
    }
  }
}

/** A value of a type the view does not allow; `undefined` when the view restricts no type, or allows every sample. */
function wrongTypeValue(view: View): Json {
  if (view.types.length === 0) return undefined;
  const allows = (type: string) => view.types.includes(type) || (type === "integer" && view.types.includes("number"));
  return SAMPLES.find((s) => !allows(s.type) && !(s.type === "number" && view.types.includes("integer") && Number.isInteger(s.value)))
    ?.value;
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

function removeAt(root: Json, path: (string | number)[]): Json {
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  delete node[path[path.length - 1] as string | number];
  return copy;
}

/** All mutations of a query string the operation's parameter schemas make invalid. */
export function queryMutations(query: Record<string, string>, params: Map<string, View>): Mutation[] {
  const out: Mutation[] = [{ describe: "unknown query option $bogus", apply: (q) => ({ ...(q as Record<string, string>), $bogus: "1" }) }];
  const set = (name: string, value: string) => (q: unknown) => ({ ...(q as Record<string, string>), [name]: value });
  for (const [name, view] of params) {
    if (view.types.includes("integer")) {
      out.push({ describe: `${name}: not an integer`, apply: set(name, "ten") });
      if (view.maximum !== undefined)
        out.push({ describe: `${name}: above maximum ${view.maximum}`, apply: set(name, String(view.maximum + 1)) });
      if (view.minimum !== undefined)
        out.push({ describe: `${name}: below minimum ${view.minimum}`, apply: set(name, String(view.minimum - 1)) });
    }
    if (view.enum) out.push({ describe: `${name}: unknown enum value`, apply: set(name, "notAnEnumValue") });
    // An opaque token the server never issued must be refused, not trusted.
    if (name === "$skiptoken") out.push({ describe: `${name}: forged token`, apply: set(name, "forged-token") });
    if (name === "$filter") out.push({ describe: `${name}: unsupported expression`, apply: set(name, "startswith(topic,'a') or 1 eq 1") });
  }
  return out.filter((m) => JSON.stringify(m.apply(query)) !== JSON.stringify(query));
}
