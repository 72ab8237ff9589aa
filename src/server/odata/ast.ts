// Reading @odata/parser's syntax tree (a real OData ABNF parser): its nodes seen through
// `unknown`, so nothing untyped leaks into the filter compilers, and the few shapes they need.
import type odataParserModule from "@odata/parser";
import { badRequest } from "../domain/errors.js";

// The parser's grammar takes about 60 ms to load, a tenth of the server's start-up; it loads with
// the first $filter instead.
// It is CommonJS marked `__esModule`: Node's import() puts its exports under `default`, loaders
// that honour the marker (jest's) hand them over as the namespace itself.
let parser: Promise<typeof odataParserModule> | undefined;
const loadParser = () => (parser ??= import("@odata/parser").then(parserOf));

function parserOf(module: unknown): typeof odataParserModule {
  const loaded = module as Partial<typeof odataParserModule> & { default?: typeof odataParserModule };
  if (loaded.defaultParser) return loaded as typeof odataParserModule;
  if (loaded.default?.defaultParser) return loaded.default;
  throw new Error("@odata/parser exports no defaultParser");
}

export interface Node {
  readonly type: string;
  readonly value: unknown;
  readonly raw: string;
}

/** Deeper nesting than any real filter needs; the parser backtracks, so depth costs time. */
const MAX_DEPTH = 32;

/** The syntax tree of a `$filter`, or a 400 that names the problem and what is `supported`. */
export async function parseFilter(text: string, supported: string): Promise<Node> {
  if (nestingDepth(text) > MAX_DEPTH) throw badRequest(`The $filter is nested more than ${MAX_DEPTH} parentheses deep.`);
  const odataParser = await loadParser();
  let root: unknown;
  try {
    root = odataParser.defaultParser.filter(text);
  } catch (error) {
    throw badRequest(`Invalid $filter '${text}': ${(error as Error).message}. ${supported}`);
  }
  return asNode(root, text, supported);
}

/** The two sides of a binary expression (eq, gt, lt, and). */
export function operands(node: Node, supported: string): { left: Node; right: Node } {
  const value = record(node.value);
  return { left: asNode(value?.left, node.raw, supported), right: asNode(value?.right, node.raw, supported) };
}

/** `collection/any(v: predicate)`: the collection's name, the lambda variable and the predicate. */
export function anyLambda(node: Node): { collection: string; variable: string; predicate: Node } | undefined {
  const path = unwrapTo(node, "PropertyPathExpression");
  const value = record(path?.value);
  const collection = identifier(asOptionalNode(value?.current));
  const any = asOptionalNode(asOptionalNode(value?.next)?.value);
  if (collection === undefined || any?.type !== "AnyExpression") return undefined;
  const lambda = record(any.value);
  const variable = record(asOptionalNode(lambda?.variable)?.value)?.name;
  const predicate = asOptionalNode(asOptionalNode(lambda?.predicate)?.value);
  return typeof variable === "string" && predicate ? { collection, variable, predicate } : undefined;
}

/** `v/a/b` inside a lambda of variable `v`: the segments after the variable (`["a", "b"]`). */
export function lambdaPath(node: Node, variable: string): string[] | undefined {
  if (node.type !== "FirstMemberExpression" || !Array.isArray(node.value) || node.value.length !== 2) return undefined;
  const head = asOptionalNode(node.value[0]);
  if (head?.type !== "LambdaVariableExpression" || record(head.value)?.name !== variable) return undefined;
  // The parser checked the syntax; the path's own text is its segments.
  return node.raw.slice(head.raw.length + 1).split("/");
}

/** The name of a plain property such as `topic`, if the node is one. */
export function propertyName(node: Node | undefined): string | undefined {
  // A single property's path holds the identifier itself; a longer path holds {current, next}.
  const path = node && unwrapTo(node, "PropertyPathExpression");
  return identifier(asOptionalNode(path?.value));
}

/** A literal's value: a string (`'it''s'` → `it's`), a date-time (as written), or null. */
export function literal(node: Node): { type: "string" | "dateTime" | "null"; value: string | null } | undefined {
  if (node.type !== "Literal") return undefined;
  if (node.value === "null") return { type: "null", value: null };
  if (node.value === "Edm.String") return { type: "string", value: node.raw.slice(1, -1).replaceAll("''", "'") };
  if (node.value === "Edm.DateTimeOffset") return { type: "dateTime", value: node.raw };
  return undefined;
}

export function asNode(value: unknown, context: string, supported: string): Node {
  const node = asOptionalNode(value);
  if (!node) throw badRequest(`Unsupported $filter expression '${context}'. ${supported}`);
  return node;
}

function identifier(node: Node | undefined): string | undefined {
  const name = node?.type === "ODataIdentifier" ? record(node.value)?.name : undefined;
  return typeof name === "string" ? name : undefined;
}

/** Follows single-child wrappers (FirstMemberExpression → MemberExpression → …) to `type`. */
function unwrapTo(node: Node, type: string): Node | undefined {
  let current: Node | undefined = node;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.type === type) return current;
    current = asOptionalNode(current.value);
  }
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asOptionalNode(value: unknown): Node | undefined {
  const r = record(value);
  return r && typeof r.type === "string" && typeof r.raw === "string" ? (r as unknown as Node) : undefined;
}

/** The deepest parenthesis nesting outside string literals. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (const char of text) {
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === "(") deepest = Math.max(deepest, ++depth);
    else if (!quoted && char === ")") depth--;
  }
  return deepest;
}
