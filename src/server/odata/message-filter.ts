// $filter on a chat's messages (chat-list-messages.md): a time range on the property the list is
// ordered by — `lastModifiedDateTime` with `gt` and/or `lt`, `createdDateTime` with `lt` — joined
// with `and`. The page says the filter applies only when the URL's own `$orderby` names the same
// property, so a filter on the other property (or without `$orderby`) is checked, then ignored.
import { badRequest } from "../domain/errors.js";
import { asNode, literal, operands, parseFilter, propertyName, type Node } from "./ast.js";

export type MessageSortProperty = "lastModifiedDateTime" | "createdDateTime";

/** Bounds on the sort property, both exclusive, as ISO times with milliseconds. */
export interface MessageRange {
  readonly newerThan?: string | undefined;
  readonly olderThan?: string | undefined;
}

const SUPPORTED =
  "Supported: lastModifiedDateTime gt/lt {date-time} with $orderby=lastModifiedDateTime desc, " +
  "createdDateTime lt {date-time} with $orderby=createdDateTime desc, combined with 'and'.";

const OPERATORS: Record<MessageSortProperty, readonly string[]> = {
  lastModifiedDateTime: ["GreaterThanExpression", "LesserThanExpression"],
  createdDateTime: ["LesserThanExpression"],
};

interface Bound {
  readonly property: MessageSortProperty;
  readonly operator: "gt" | "lt";
  readonly time: string;
}

/** The range `text` sets on `orderedBy` (the property the URL's `$orderby` names, if any). */
export async function compileMessageFilter(text: string, orderedBy: MessageSortProperty | undefined): Promise<MessageRange> {
  const bounds = compile(await parseFilter(text, SUPPORTED));
  const property = bounds[0]?.property;
  if (bounds.some((b) => b.property !== property)) throw badRequest(`The $filter compares more than one property. ${SUPPORTED}`);
  if (property !== orderedBy) return {};
  const newer = bounds.filter((b) => b.operator === "gt").map((b) => b.time);
  const older = bounds.filter((b) => b.operator === "lt").map((b) => b.time);
  return {
    newerThan: newer.length ? newer.reduce((a, b) => (a > b ? a : b)) : undefined,
    olderThan: older.length ? older.reduce((a, b) => (a < b ? a : b)) : undefined,
  };
}

function compile(node: Node): Bound[] {
  switch (node.type) {
    case "AndExpression": {
      const { left, right } = operands(node, SUPPORTED);
      return [...compile(left), ...compile(right)];
    }
    case "BoolParenExpression":
      return compile(asNode(node.value, node.raw, SUPPORTED));
    case "GreaterThanExpression":
    case "LesserThanExpression":
      return [comparison(node)];
    default:
      throw unsupported(node.raw);
  }
}

function comparison(node: Node): Bound {
  const { left, right } = operands(node, SUPPORTED);
  const property = propertyName(left);
  if (property !== "lastModifiedDateTime" && property !== "createdDateTime") throw unsupported(left.raw);
  if (!OPERATORS[property].includes(node.type)) throw unsupported(node.raw);
  const value = literal(right);
  const time = value?.type === "dateTime" && value.value !== null ? Date.parse(value.value) : NaN;
  if (Number.isNaN(time)) throw badRequest(`'${right.raw}' in the $filter is not a date-time such as 2022-09-22T00:00:00.000Z.`);
  return { property, operator: node.type === "GreaterThanExpression" ? "gt" : "lt", time: new Date(time).toISOString() };
}

function unsupported(part: string): Error {
  return badRequest(`Unsupported $filter expression '${part}'. ${SUPPORTED}`);
}
