// $filter on chats, parsed by @odata/parser (a real OData ABNF parser) and compiled into a
// ChatFilter: data that any store can run (the memory store in process, a database as SQL). Only
// the forms Graph documents for chats are understood; anything else is a 400 that names the part
// that is not supported, never a silent "match all".
import odataParser from "@odata/parser";
import { badRequest } from "../domain/errors.js";
import type { ChatCondition, ChatFilter } from "../store/types.js";

/** The parser's tokens, seen through `unknown` so nothing untyped leaks into this code. */
interface Node {
  readonly type: string;
  readonly value: unknown;
  readonly raw: string;
}

const SUPPORTED =
  "Supported: topic eq '…' (or null), chatType eq '…', id eq '…', " +
  "members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '…'), combined with 'and'.";

const PROPERTIES = new Set(["topic", "chatType", "id"] as const);
type Property = typeof PROPERTIES extends Set<infer P> ? P : never;
const isProperty = (name: string | undefined): name is Property => PROPERTIES.has(name as Property);

/** Deeper nesting than any real filter needs; the parser backtracks, so depth costs time. */
const MAX_DEPTH = 32;

export function compileChatFilter(text: string): ChatFilter {
  if (nestingDepth(text) > MAX_DEPTH) throw badRequest(`The $filter is nested more than ${MAX_DEPTH} parentheses deep.`);
  let root: unknown;
  try {
    root = odataParser.defaultParser.filter(text);
  } catch (error) {
    throw badRequest(`Invalid $filter '${text}': ${(error as Error).message}. ${SUPPORTED}`);
  }
  return compile(asNode(root, text));
}

/** The conditions a chat must all meet: `and` only, so a flat list. */
function compile(node: Node): ChatCondition[] {
  switch (node.type) {
    case "AndExpression": {
      const { left, right } = operands(node);
      return [...compile(left), ...compile(right)];
    }
    case "BoolParenExpression":
      return compile(asNode(node.value, node.raw));
    case "EqualsExpression": {
      const { left, right } = operands(node);
      const property = propertyName(left);
      if (!isProperty(property)) throw unsupported(left.raw);
      return [{ kind: "equals", property, value: literal(right) }];
    }
    case "CommonExpression":
    case "FirstMemberExpression":
    case "MemberExpression":
      return [compileMemberAny(node)];
    default:
      throw unsupported(node.raw);
  }
}

/** members/any(m: m[/microsoft.graph.aadUserConversationMember]/userId eq '…') */
function compileMemberAny(node: Node): ChatCondition {
  const path = unwrapTo(node, "PropertyPathExpression");
  const value = record(path?.value);
  const collection = asOptionalNode(value?.current);
  const any = asOptionalNode(asOptionalNode(value?.next)?.value);
  if (!path || propertyText(collection) !== "members" || any?.type !== "AnyExpression") throw unsupported(node.raw);
  const lambda = record(any.value);
  const variable = record(asOptionalNode(lambda?.variable)?.value)?.name;
  const predicate = asOptionalNode(asOptionalNode(lambda?.predicate)?.value);
  if (predicate?.type !== "EqualsExpression" || typeof variable !== "string") throw unsupported(node.raw);
  const { left, right } = operands(predicate);
  if (!isLambdaUserId(left, variable)) throw unsupported(left.raw);
  const userId = literal(right);
  if (typeof userId !== "string") throw unsupported(right.raw);
  return { kind: "hasMember", userIds: [userId] };
}

/** `m/userId` or `m/microsoft.graph.aadUserConversationMember/userId` for lambda variable m. */
function isLambdaUserId(node: Node, variable: string): boolean {
  if (node.type !== "FirstMemberExpression" || !Array.isArray(node.value) || node.value.length !== 2) return false;
  const [head, member] = node.value.map((part: unknown) => asNode(part, node.raw));
  if (head?.type !== "LambdaVariableExpression" || record(head.value)?.name !== variable || member?.type !== "MemberExpression")
    return false;
  const inner = record(member.value);
  const cast = asOptionalNode(inner?.name);
  if (cast && cast.raw !== "microsoft.graph.aadUserConversationMember") return false;
  const property = cast ? asOptionalNode(inner?.value) : member;
  return propertyName(property) === "userId";
}

/** The name of a plain property path such as `topic`, if the node is one. */
function propertyName(node: Node | undefined): string | undefined {
  // A single property's path holds the identifier itself; a longer path holds {current, next}.
  const path = node && unwrapTo(node, "PropertyPathExpression");
  return propertyText(asOptionalNode(path?.value));
}

function propertyText(node: Node | undefined): string | undefined {
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

/** A string literal (`'it''s'` → `it's`) or `null`; other literal types are not supported. */
function literal(node: Node): string | null {
  if (node.type !== "Literal") throw unsupported(node.raw);
  if (node.value === "null") return null;
  if (node.value !== "Edm.String") throw unsupported(node.raw);
  return node.raw.slice(1, -1).replaceAll("''", "'");
}

function operands(node: Node): { left: Node; right: Node } {
  const value = record(node.value);
  return { left: asNode(value?.left, node.raw), right: asNode(value?.right, node.raw) };
}

function unsupported(part: string): Error {
  return badRequest(`Unsupported $filter expression '${part}'. ${SUPPORTED}`);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function asOptionalNode(value: unknown): Node | undefined {
  const r = record(value);
  return r && typeof r.type === "string" && typeof r.raw === "string" ? (r as unknown as Node) : undefined;
}

function asNode(value: unknown, context: string): Node {
  const node = asOptionalNode(value);
  if (!node) throw unsupported(context);
  return node;
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
