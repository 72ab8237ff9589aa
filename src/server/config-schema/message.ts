// ajv's errors as one line a person can act on: the field as a dotted path (`rates.503`,
// `users[0].id`), what it must be (the schema's `description` of it) and what it was.
import type { DefinedError, ErrorObject } from "ajv";

/** Schema keyword naming an object's keys in "unknown <noun> 'x'" (setting, rule, status); default "field". */
export const KEY_NOUN = "x-key";

interface Notes {
  readonly description?: string;
  readonly [KEY_NOUN]?: string;
  readonly properties?: Readonly<Record<string, { readonly description?: string }>>;
}

/** The most telling of ajv's `errors` for `data`, as one line without the source. */
export function describeErrors(errors: readonly ErrorObject[], data: unknown): string {
  const error = mostTelling(errors as readonly DefinedError[]);
  if (!error) return "is not valid";
  const notes = (error.parentSchema ?? {}) as Notes;
  const field = dotted(data, error.instancePath);
  if (error.keyword === "additionalProperties") {
    const known = Object.keys(notes.properties ?? {}).join(", ");
    return `${field && `${field}: `}unknown ${notes[KEY_NOUN] ?? "field"} '${error.params.additionalProperty}' (known: ${known})`;
  }
  if (error.keyword === "required") {
    const name = error.params.missingProperty;
    const what = notes.properties?.[name]?.description;
    return `${field && `${field}.`}${name} is missing${what ? `; it must be ${what}` : ""}`;
  }
  const got = `got ${show(error.data)}`;
  if (notes.description === undefined) return `${field || "the value"} ${error.message ?? "is not valid"}, ${got}`;
  return field ? `${field} must be ${notes.description}, ${got}` : `expected ${notes.description}, ${got}`;
}

/** A value for an error message: short, and never more than a line. */
export function show(value: unknown): string {
  // JSON.stringify would show Infinity and NaN (from JavaScript callers) as null.
  const text =
    typeof value === "string" ? `'${value}'` : typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Under oneOf/anyOf ajv reports each branch's failure, then the combinator's own. The deepest
 * field is the most precise; at one field, a broken rule (a range, a missing or unknown key) says
 * more than the combinator's description of all branches, which says more than the wrong type of
 * a branch the value never meant to take.
 */
function mostTelling(errors: readonly DefinedError[]): DefinedError | undefined {
  const weight = (e: DefinedError) =>
    e.instancePath.split("/").length * 3 + (e.keyword === "type" ? 0 : COMBINATORS.has(e.keyword) ? 1 : 2);
  return errors.reduce<DefinedError | undefined>((best, e) => (best === undefined || weight(e) > weight(best) ? e : best), undefined);
}

const COMBINATORS = new Set(["oneOf", "anyOf"]);

/** A JSON pointer as a dotted path over `data`: `/users/0/id` → `users[0].id`, `/rates/503` → `rates.503`. */
function dotted(data: unknown, pointer: string): string {
  let path = "";
  let at = data;
  for (const segment of pointer.split("/").slice(1)) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    path += Array.isArray(at) ? `[${key}]` : path === "" ? key : `.${key}`;
    at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  }
  return path;
}
