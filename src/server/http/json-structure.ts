// Checks on the structure of a JSON text that JSON.parse does not make: how deep it nests, names
// repeated within one object (JSON.parse silently keeps the last, so what the server acts on could
// differ from what a logging proxy or another parser saw), and names that pollute prototypes once
// a library copies or merges the parsed value (`__proto__`, `constructor`, `prototype`).
//
// One left-to-right pass over text that JSON.parse has already accepted, so it needs no grammar of
// its own: it only follows strings, brackets and commas. Linear time: every character is looked
// at a bounded number of times, and each object's names go into a Set.

/** How deep objects and arrays may nest; the contract's bodies need fewer than 10 levels. */
export const MAX_JSON_DEPTH = 64;

/** Names that reach prototypes when code copies or merges by name; refused in bodies and queries. */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A structural rule the JSON text breaks; `message` is fit for a 400 response. */
export class JsonStructureError extends Error {
  override name = "JsonStructureError";
}

interface Frame {
  /** The names seen so far; undefined for an array. */
  readonly names: Set<string> | undefined;
  /** In an object: the next string is a name (after `{` or `,`). */
  expectName: boolean;
  /** The current name (objects) or index (arrays), for saying where a problem is. */
  name: string;
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** Throws a {@link JsonStructureError} if `text` (valid JSON) breaks one of the rules above. */
export function checkJsonStructure(text: string, maxDepth: number = MAX_JSON_DEPTH): void {
  const stack: Frame[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (top?.names && top.expectName) {
        const name = decodeName(text, i, end);
        if (FORBIDDEN_NAMES.has(name)) throw new JsonStructureError(`${where(stack)}: the property name ${quote(name)} is not allowed.`);
        if (top.names.has(name)) throw new JsonStructureError(`${where(stack)}: the property ${quote(name)} appears more than once.`);
        top.names.add(name);
        top.name = name;
        top.expectName = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (stack.length >= maxDepth)
        throw new JsonStructureError(`The JSON payload nests objects and arrays more than ${maxDepth} levels deep.`);
      stack.push({ names: c === OPEN_OBJECT ? new Set() : undefined, expectName: c === OPEN_OBJECT, name: "", index: 0 });
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      stack.pop();
    } else if (c === COMMA) {
      const top = stack[stack.length - 1];
      if (top?.names) top.expectName = true;
      else if (top) top.index++;
    }
  }
}

/**
 * The index of the quote closing the string that opens at `start`. A quote is closing when an
 * even number of backslashes precedes it; each backslash is counted once, since the search
 * resumes after every quote it rejects.
 */
function closingQuote(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quoteAt = text.indexOf('"', from);
    // Unreachable for text JSON.parse accepted; stops the scan rather than looping.
    if (quoteAt < 0) return text.length;
    let before = quoteAt - 1;
    while (before > start && text.charCodeAt(before) === BACKSLASH) before--;
    if ((quoteAt - 1 - before) % 2 === 0) return quoteAt;
    from = quoteAt + 1;
  }
}

/** A name as JSON.parse sees it: `"__proto\u005f_"` is `__proto__` too. */
function decodeName(text: string, open: number, close: number): string {
  const raw = text.slice(open + 1, close);
  return raw.includes("\\") ? (JSON.parse(text.slice(open, close + 1)) as string) : raw;
}

/** Where the innermost object is, in the validator's style: `body.members[0]`. */
function where(stack: readonly Frame[]): string {
  let path = "body";
  for (let level = 0; level < stack.length - 1; level++) {
    const frame = stack[level] as Frame;
    path += frame.names ? `.${short(frame.name)}` : `[${frame.index}]`;
  }
  return path;
}

function quote(name: string): string {
  return `'${short(name)}'`;
}

/** Names in messages are cut short: a body may hold a name of a megabyte. */
function short(name: string): string {
  return name.length > 64 ? `${name.slice(0, 64)}…` : name;
}
