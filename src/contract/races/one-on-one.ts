// Many concurrent creates of the same oneOnOne chat, from both members, in every spelling of the
// members: Graph keeps one chat per pair, so every answer is 201 with the same chat, and each
// member's chat list shows it exactly once.
import { asUser, type SuiteContext } from "../core/context.js";
import type { RequestSpec } from "../core/exchange.js";
import { memberBody } from "../core/fixtures.js";
import { walkPages } from "../core/pages.js";
import type { Chat } from "../core/schemas.js";
import { countBy, settle } from "./support.js";

export interface OneOnOneRace {
  requests: number;
  byStatus: Record<string, number>;
  /** Distinct chat ids among the 201 answers: 1 when deduplication holds. */
  chats: number;
  /** Each member's chat list shows the chat exactly once. */
  listedOnce: boolean;
  problems: string[];
}

/** The last two ordinary members: the contract suite's own checks use the first ones. */
function pair(ctx: SuiteContext): [{ id: string; upn?: string | undefined }, { id: string; upn?: string | undefined }] {
  const members = ctx.users.members;
  const [a, b] = [members[members.length - 2], members[members.length - 1]];
  if (!a || !b) throw new Error("the oneOnOne race needs two ordinary member users");
  return [
    { id: a.id, upn: a.userPrincipalName },
    { id: b.id, upn: b.userPrincipalName },
  ];
}

export async function raceOneOnOne(ctx: SuiteContext, count: number): Promise<OneOnOneRace> {
  const [a, b] = pair(ctx);
  const requests = Array.from({ length: count }, (_, i): RequestSpec => {
    const [caller, other] = i % 2 === 0 ? [a, b] : [b, a];
    // Ids and user principal names, the three bind forms, either member first.
    const key = (user: typeof a, salt: number) => (salt % 4 === 0 && user.upn ? user.upn : user.id);
    const members = [memberBody(key(caller, i), "owner", i % 3), memberBody(key(other, i + 1), "owner", (i + 1) % 3)];
    return {
      op: "createChat",
      method: "POST",
      path: "/chats",
      body: { chatType: "oneOnOne", members: i % 3 === 0 ? members.reverse() : members },
      as: asUser(caller.id, ["Chat.Create"]),
    };
  });
  const results = await settle(requests.map((request) => ctx.http.exchange(request)));
  const answered = results.flatMap((r) => (r.ok ? [r.value.exchange] : []));
  const byStatus = countBy(results.map((r) => (r.ok ? String(r.value.exchange.status) : "none")));
  const ids = new Set(answered.filter((e) => e.status === 201).map((e) => (e.json as Chat).id));
  const problems: string[] = [];
  const refused = count - (byStatus["201"] ?? 0);
  if (refused > 0) problems.push(`${refused} of ${count} creates did not get 201: ${JSON.stringify(byStatus)}`);
  if (ids.size !== 1)
    problems.push(`the creates returned ${ids.size} different chats${ids.size > 1 ? `: ${[...ids].slice(0, 3).join(", ")}…` : ""}`);
  let listedOnce = ids.size === 1;
  for (const user of [a, b]) {
    for (const id of ids) {
      const listed = await timesListed(ctx, user.id, id);
      if (listed !== 1) {
        listedOnce = false;
        problems.push(`user ${user.id} sees chat ${id} ${listed} times in GET /me/chats`);
      }
    }
  }
  return { requests: count, byStatus, chats: ids.size, listedOnce, problems };
}

async function timesListed(ctx: SuiteContext, userId: string, chatId: string): Promise<number> {
  const chats = await walkPages<Chat>(ctx, {
    op: "listMyChats",
    method: "GET",
    path: "/me/chats",
    query: { $top: "50", $filter: "chatType eq 'oneOnOne'" },
    as: asUser(userId),
  });
  return chats.filter((c) => c.id === chatId).length;
}
