// $filter on chats, compiled into data a store can run (a ChatFilter; the memory store in
// process, a database as SQL). Only the forms Graph documents for chats (chat-list.md) are
// understood; anything else is a 400 that names the part that is not supported, never a silent
// "match all". A member's display name is a condition on the directory, which the domain resolves.
import { badRequest } from "../domain/errors.js";
import type { ChatListCondition } from "../domain/chats.js";
import { anyLambda, asNode, lambdaPath, literal, operands, parseFilter, propertyName, type Node } from "./ast.js";

const SUPPORTED =
  "Supported: topic eq '…' (or null), chatType eq '…', id eq '…', " +
  "members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '…'), members/any(m: m/displayName eq '…'), " +
  "installedApps/any(a: a/teamsApp/id eq '…'), combined with 'and'.";

const PROPERTIES = new Set(["topic", "chatType", "id"] as const);
type Property = typeof PROPERTIES extends Set<infer P> ? P : never;
const isProperty = (name: string | undefined): name is Property => PROPERTIES.has(name as Property);

export async function compileChatFilter(text: string): Promise<ChatListCondition[]> {
  return compile(await parseFilter(text, SUPPORTED));
}

/** The conditions a chat must all meet: `and` only, so a flat list. */
function compile(node: Node): ChatListCondition[] {
  switch (node.type) {
    case "AndExpression": {
      const { left, right } = operands(node, SUPPORTED);
      return [...compile(left), ...compile(right)];
    }
    case "BoolParenExpression":
      return compile(asNode(node.value, node.raw, SUPPORTED));
    case "EqualsExpression": {
      const { left, right } = operands(node, SUPPORTED);
      const property = propertyName(left);
      if (!isProperty(property)) throw unsupported(left.raw);
      const value = literal(right);
      if (value?.type !== "string" && value?.type !== "null") throw unsupported(right.raw);
      return [{ kind: "equals", property, value: value.value }];
    }
    case "CommonExpression":
    case "FirstMemberExpression":
    case "MemberExpression":
      return [compileAny(node)];
    default:
      throw unsupported(node.raw);
  }
}

/** `members/any(…)` on a member's user id or display name, `installedApps/any(…)` on an app id. */
function compileAny(node: Node): ChatListCondition {
  const any = anyLambda(node);
  if (!any || any.predicate.type !== "EqualsExpression") throw unsupported(node.raw);
  const { left, right } = operands(any.predicate, SUPPORTED);
  const path = lambdaPath(left, any.variable)?.join("/");
  const value = literal(right);
  if (value?.type !== "string" || value.value === null) throw unsupported(right.raw);
  if (any.collection === "members") {
    if (path === "userId" || path === "microsoft.graph.aadUserConversationMember/userId")
      return { kind: "hasMember", userIds: [value.value] };
    // chat-list.md writes `o/displayname`; OData names are case-sensitive, Graph's reader is not.
    if (path?.toLowerCase() === "displayname") return { kind: "memberNamed", displayName: value.value };
  }
  if (any.collection === "installedApps" && path === "teamsApp/id") return { kind: "hasInstalledApp", appIds: [value.value] };
  throw unsupported(left.raw);
}

function unsupported(part: string): Error {
  return badRequest(`Unsupported $filter expression '${part}'. ${SUPPORTED}`);
}
