// Concurrent member adds and removes (one at a time and in bulk) and message sends on one group
// chat. However the server orders them, the outcome must be explicable (roster-outcome.ts).
import fc from "fast-check";
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import type { RequestSpec } from "../core/exchange.js";
import { chatPath, createGroupChat, memberBody, membersOf } from "../core/fixtures.js";
import type { BulkResults, ChatMember, ChatMessage, Role } from "../core/schemas.js";
import { namedSeed } from "../core/seed.js";
import { checkMessages, checkRoster, type MessageRace, type RosterRace } from "./roster-outcome.js";
import { countBy, settle } from "./support.js";

interface PoolUser {
  id: string;
  role: Role;
  tenantId?: string;
}

type Op =
  | { kind: "add" | "remove"; user: number }
  | { kind: "bulk-add" | "bulk-remove"; users: number[] }
  | { kind: "send"; sender: number | "owner" };

/** Everyone but the owner (member 0): ordinary members, the guest, the federated user. */
function pool(ctx: SuiteContext): PoolUser[] {
  const { guest, federated } = ctx.users;
  return [
    ...ctx.users.members.slice(1).map((m): PoolUser => ({ id: m.id, role: "owner" })),
    ...(guest ? [{ id: guest.id, role: "guest" as const }] : []),
    ...(federated ? [{ id: federated.id, role: "owner" as const, tenantId: federated.tenantId }] : []),
  ];
}

function opsArb(poolSize: number): fc.Arbitrary<Op> {
  const user = fc.nat(poolSize - 1);
  const users = fc.uniqueArray(user, { minLength: 1, maxLength: 2 });
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom("add" as const, "remove" as const), user }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom("bulk-add" as const, "bulk-remove" as const), users }) },
    { weight: 3, arbitrary: fc.oneof(fc.constant("owner" as const), user).map((sender): Op => ({ kind: "send", sender })) },
  );
}

/** The owner adds, removes (chat-delete-members.md: ChatMember.ReadWrite) and sends. */
const OWNER_SCOPES = ["Chat.ReadWrite", "ChatMember.ReadWrite"];

export async function raceRoster(ctx: SuiteContext, operations: number): Promise<{ roster: RosterRace; messages: MessageRace }> {
  const owner = memberId(ctx, 0);
  const users = pool(ctx);
  const first = users[0];
  if (!first) throw new Error("the roster race needs users besides the owner");
  const chat = await createGroupChat(ctx, [owner, first.id], "roster race");
  const path = (suffix: string) => chatPath(chat.id, suffix);
  const as = asUser(owner, OWNER_SCOPES);

  // Everyone joins once (so every membership id is known), then every other one leaves again.
  const membership = new Map<string | null, string>((await membersOf(ctx, chat.id)).map((m) => [m.userId, m.id]));
  for (const user of users.slice(1)) {
    const added = await ctx.http.send({ op: "addChatMember", method: "POST", path: path("/members"), body: add(user), as });
    membership.set(user.id, (added.json as ChatMember).id);
  }
  for (const user of users.filter((_, i) => i % 2 === 1)) {
    await ctx.http.send({
      op: "removeChatMember",
      method: "DELETE",
      path: path(`/members/${encodeURIComponent(membership.get(user.id) ?? "")}`),
      as,
    });
  }
  const before = new Set((await membersOf(ctx, chat.id)).map((m) => m.userId));
  const earlier: string[] = [];
  for (let i = 0; i < 5; i++) {
    const sent = await ctx.http.send({
      op: "sendChatMessage",
      method: "POST",
      path: path("/messages"),
      body: { body: { content: `before the race ${i}` } },
      as,
    });
    earlier.push((sent.json as ChatMessage).id);
  }

  const ops = fc.sample(opsArb(users.length), { seed: namedSeed(ctx.seed, "roster race"), numRuns: operations });
  const requests = ops.map((op, i) => request(op, i, users, membership, path, owner));
  const results = await settle(requests.map((r) => ctx.http.exchange(r)));

  // What the answers say happened, per user.
  const adds = new Map<string, number>();
  const removes = new Map<string, number>();
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1);
  const sentIds: string[] = [];
  ops.forEach((op, i) => {
    const result = results[i];
    if (!result?.ok) return;
    const { exchange } = result.value;
    if (op.kind === "add" && exchange.status === 201) bump(adds, users[op.user]?.id ?? "");
    if (op.kind === "remove" && exchange.status === 204) bump(removes, users[op.user]?.id ?? "");
    const bulk = op.kind === "bulk-add" ? adds : op.kind === "bulk-remove" ? removes : undefined;
    // 200 (add) and 207 name each user's outcome; a bulk remove's 204 says every one was removed.
    if (bulk && (exchange.status === 200 || exchange.status === 207)) {
      for (const part of (exchange.json as BulkResults).value) if (part.error === null) bump(bulk, part.userId);
    }
    if (op.kind === "bulk-remove" && exchange.status === 204) for (const n of op.users) bump(removes, users[n]?.id ?? "");
    if (op.kind === "send" && exchange.status === 201) sentIds.push((exchange.json as ChatMessage).id);
  });
  const byStatus = countBy(results.map((r) => (r.ok ? String(r.value.exchange.status) : "none")));

  const roster = await checkRoster(ctx, chat.id, owner, users, before, adds, removes);
  const messages = await checkMessages(ctx, chat.id, owner, earlier, sentIds);
  const lostRequests = results.filter((r) => !r.ok).length;
  if (lostRequests > 0) roster.problems.push(`${lostRequests} of ${operations} requests got no response`);
  return { roster: { operations, byStatus, ...roster, consistent: roster.problems.length === 0 }, messages };
}

function add(user: PoolUser): Record<string, unknown> {
  return memberBody(user.id, user.role, 0, user.tenantId ? { tenantId: user.tenantId } : {});
}

function request(
  op: Op,
  i: number,
  users: PoolUser[],
  membership: ReadonlyMap<string | null, string>,
  path: (suffix: string) => string,
  owner: string,
): RequestSpec {
  const as = asUser(owner, OWNER_SCOPES);
  const pick = (n: number): PoolUser => users[n] ?? (users[0] as PoolUser);
  switch (op.kind) {
    case "add":
      return { op: "addChatMember", method: "POST", path: path("/members"), body: add(pick(op.user)), as };
    case "remove":
      return {
        op: "removeChatMember",
        method: "DELETE",
        path: path(`/members/${encodeURIComponent(membership.get(pick(op.user).id) ?? "unknown")}`),
        as,
      };
    case "bulk-add":
      return { op: "addChatMembers", method: "POST", path: path("/members/add"), body: { values: op.users.map((n) => add(pick(n))) }, as };
    case "bulk-remove":
      return {
        op: "removeChatMembers",
        method: "POST",
        path: path("/members/remove"),
        body: {
          values: op.users.map((n) => ({
            "@odata.type": "microsoft.graph.aadUserConversationMember",
            "user@odata.bind": memberBody(pick(n).id, "owner")["user@odata.bind"],
          })),
        },
        as,
      };
    default: {
      // A pool member may have just been removed: then the send is refused and must leave no trace.
      const sender = op.sender === "owner" ? owner : pick(op.sender).id;
      return {
        op: "sendChatMessage",
        method: "POST",
        path: path("/messages"),
        body: { body: { content: `race ${i}` } },
        as: asUser(sender),
      };
    }
  }
}
