// What the roster race's answers must add up to: per user, the adds and removes that succeeded
// alternate, so `present before + adds − removes` is 0 or 1 and is whether the user is in the
// final roster; no member is listed twice; `@odata.count` counts the list; every message that got
// 201 is listed exactly once, nothing else appears, newest first.
import { asUser, type SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { chatPath } from "../core/fixtures.js";
import { walkPages } from "../core/pages.js";
import type { ChatMessage, MemberList } from "../core/schemas.js";
import { duplicates } from "./support.js";

export interface RosterRace {
  operations: number;
  byStatus: Record<string, number>;
  /** Members after the race. */
  members: number;
  consistent: boolean;
  problems: string[];
}

export interface MessageRace {
  /** Sends answered 201 during the race. */
  sent: number;
  /** Of those (and of the messages sent before), how many are not listed. */
  lost: number;
  /** Listed more than once. */
  duplicated: number;
  /** Listed newest first with unique ids, nothing listed that was not sent. */
  orderConsistent: boolean;
  problems: string[];
}

/** The roster after the race against what the answers say happened, per user. */
export async function checkRoster(
  ctx: SuiteContext,
  chatId: string,
  owner: string,
  users: { id: string }[],
  before: ReadonlySet<string | null>,
  adds: Map<string, number>,
  removes: Map<string, number>,
): Promise<{ members: number; problems: string[] }> {
  const problems: string[] = [];
  const listed: Exchange = await ctx.http.send({
    op: "listChatMembers",
    method: "GET",
    path: chatPath(chatId, "/members"),
    as: asUser(owner),
  });
  const json = listed.json as MemberList;
  const members = json.value;
  const userIds = members.map((m) => m.userId ?? "");
  const twice = [...duplicates(userIds), ...duplicates(members.map((m) => m.id))];
  if (twice.length > 0) problems.push(`listed more than once: ${twice.join(", ")}`);
  if (json["@odata.count"] !== members.length)
    problems.push(`@odata.count is ${json["@odata.count"]} but ${members.length} members are listed`);
  if (!userIds.includes(owner)) problems.push(`the owner ${owner}, never removed, is not listed`);
  const known = new Set([owner, ...users.map((u) => u.id)]);
  for (const stranger of userIds.filter((id) => !known.has(id))) problems.push(`user ${stranger} is listed but was never added`);
  for (const user of users) {
    const [wasIn, added, removed] = [before.has(user.id) ? 1 : 0, adds.get(user.id) ?? 0, removes.get(user.id) ?? 0];
    const implied = wasIn + added - removed;
    const isIn = userIds.includes(user.id) ? 1 : 0;
    const history = `${wasIn ? "a member" : "not a member"} before, ${added} add(s) and ${removed} removal(s) succeeded`;
    if (implied !== 0 && implied !== 1) problems.push(`user ${user.id}: ${history} — they cannot all have succeeded`);
    else if (implied !== isIn)
      problems.push(
        `user ${user.id}: ${history}, so ${implied ? "a member" : "not a member"} now, but the roster says ${isIn ? "member" : "not a member"}`,
      );
  }
  return { members: members.length, problems };
}

/** The chat's messages after the race against the sends that got 201. */
export async function checkMessages(
  ctx: SuiteContext,
  chatId: string,
  owner: string,
  earlier: string[],
  sentIds: string[],
): Promise<MessageRace> {
  const problems: string[] = [];
  const listed = await walkPages<ChatMessage>(ctx, {
    op: "listChatMessages",
    method: "GET",
    path: chatPath(chatId, "/messages"),
    query: { $top: "50" },
    as: asUser(owner),
  });
  const ids = listed.map((m) => m.id);
  const twice = duplicates(ids);
  if (twice.length > 0) problems.push(`${twice.length} message(s) listed more than once, e.g. ${twice[0]}`);
  const expected = [...earlier, ...sentIds];
  const lost = expected.filter((id) => !ids.includes(id));
  if (lost.length > 0) problems.push(`${lost.length} message(s) answered 201 are not listed, e.g. ${lost[0]}`);
  const sent = new Set(expected);
  const phantoms = ids.filter((id) => !sent.has(id));
  if (phantoms.length > 0) problems.push(`${phantoms.length} listed message(s) were never sent successfully, e.g. ${phantoms[0]}`);
  const outOfOrder = listed.findIndex((m, i) => i > 0 && m.createdDateTime > (listed[i - 1]?.createdDateTime ?? ""));
  if (outOfOrder > 0)
    problems.push(`messages are not newest first: ${listed[outOfOrder - 1]?.id} is listed before the newer ${listed[outOfOrder]?.id}`);
  return {
    sent: sentIds.length,
    lost: lost.length,
    duplicated: twice.length,
    orderConsistent: twice.length === 0 && phantoms.length === 0 && outOfOrder < 0,
    problems,
  };
}
