// Graph's rules that a schema cannot express: one-on-one deduplication, topic and role rules
// here; what a removed member can still do, and paging under concurrent creates, beside.
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure, ensure } from "../core/failure.js";
import { chatPath, createGroupChat, memberBody } from "../core/fixtures.js";
import { expectStatus } from "../core/http.js";
import type { Chat } from "../core/schemas.js";
import type { Check } from "./check.js";
import { pagingUnderWrites } from "./paging-under-writes.js";
import { useAfterDelete } from "./removed-member.js";

const create = (ctx: SuiteContext, caller: string, body: unknown): Promise<Exchange> =>
  ctx.http.send({ op: "createChat", method: "POST", path: "/chats", body, as: asUser(caller) });

const oneOnOne = (a: string, b: string, extra: Record<string, unknown> = {}) => ({
  chatType: "oneOnOne",
  members: [memberBody(a, "owner"), memberBody(b, "owner")],
  ...extra,
});
const group = (members: unknown[], extra: Record<string, unknown> = {}) => ({ chatType: "group", members, ...extra });

function refused(name: string, status: number, caller: (ctx: SuiteContext) => string, body: (ctx: SuiteContext) => unknown): Check {
  return { name, run: async (ctx) => expectStatus(await create(ctx, caller(ctx), body(ctx)), [status], "the rule was not enforced") };
}

function dedup(): Check {
  return {
    name: "graph: creating a oneOnOne chat again returns the same chat, in either member order",
    run: async (ctx) => {
      const [c, d] = [memberId(ctx, 2), memberId(ctx, 3)];
      const first = await create(ctx, c, oneOnOne(c, d));
      expectStatus(first, [201], "first create");
      const again = await create(ctx, d, oneOnOne(d, c));
      expectStatus(again, [201], "repeat create (members swapped, as the other user)");
      const [x, y] = [first.json as Chat, again.json as Chat];
      ensure(x.id === y.id, `the repeat create made a second chat: ${x.id} then ${y.id}`, again.request);
      ensure(
        x.createdDateTime === y.createdDateTime,
        `createdDateTime changed from ${x.createdDateTime} to ${y.createdDateTime}`,
        again.request,
      );
      const expected = `19:${[c, d].sort().join("_")}@unq.gbl.spaces`;
      ensure(x.id === expected, `a oneOnOne chat id is ${x.id}, expected ${expected}`, first.request);
    },
  };
}

function groupNotDeduplicated(): Check {
  return {
    name: "graph: creating the same group chat twice makes two chats",
    run: async (ctx) => {
      const users = [memberId(ctx, 0), memberId(ctx, 1)];
      const [x, y] = [await createGroupChat(ctx, users, "twice"), await createGroupChat(ctx, users, "twice")];
      if (x.id === y.id) throw new CheckFailure(`both creates returned ${x.id}`);
    },
  };
}

function topicRules(): Check[] {
  const a = (ctx: SuiteContext) => memberId(ctx, 0);
  const pair = (ctx: SuiteContext) => [memberBody(memberId(ctx, 0), "owner"), memberBody(memberId(ctx, 1), "owner")];
  return [
    refused("graph: a topic on a oneOnOne chat is a 400", 400, a, (ctx) =>
      oneOnOne(memberId(ctx, 0), memberId(ctx, 1), { topic: "Not allowed" }),
    ),
    refused("graph: an empty topic is a 400", 400, a, (ctx) => group(pair(ctx), { topic: "" })),
    refused("graph: a whitespace-only topic is a 400", 400, a, (ctx) => group(pair(ctx), { topic: "  \t " })),
    refused("graph: a topic of 251 characters is a 400", 400, a, (ctx) => group(pair(ctx), { topic: "x".repeat(251) })),
    {
      // Code points, not UTF-16 units: 250 emoji are 500 units and still a valid topic.
      name: "graph: a topic of 250 characters (counted in code points) is accepted",
      run: async (ctx) => {
        for (const topic of ["x".repeat(250), "😀".repeat(250)])
          expectStatus(await create(ctx, a(ctx), group(pair(ctx), { topic })), [201], "a 250-character topic");
      },
    },
    {
      name: "graph: setting a topic on a oneOnOne chat by update is a 400",
      run: async (ctx) => {
        const created = await create(ctx, a(ctx), oneOnOne(memberId(ctx, 0), memberId(ctx, 1)));
        expectStatus(created, [201], "setup: a oneOnOne chat");
        const id = (created.json as Chat).id;
        const patched = await ctx.http.send({
          op: "updateChat",
          method: "PATCH",
          path: chatPath(id),
          body: { topic: "Not allowed" },
          as: asUser(a(ctx)),
        });
        expectStatus(patched, [400], "the rule was not enforced");
      },
    },
    refused("graph: a delegated caller who is not a member of the new chat gets 403", 403, a, (ctx) =>
      group([memberBody(memberId(ctx, 1), "owner"), memberBody(memberId(ctx, 2), "owner")]),
    ),
  ];
}

function roleRules(ctx: SuiteContext): Check[] {
  const checks: Check[] = [];
  const { guest, federated } = ctx.users;
  const a = memberId(ctx, 0);
  if (guest) {
    checks.push(
      refused(
        "graph: an in-tenant guest as owner is a 400",
        400,
        () => a,
        () => group([memberBody(a, "owner"), memberBody(guest.id, "owner")]),
      ),
    );
    checks.push({
      name: "graph: an in-tenant guest as guest is accepted",
      run: async () =>
        expectStatus(
          await create(ctx, a, group([memberBody(a, "owner"), memberBody(guest.id, "guest")])),
          [201],
          "a guest with role guest",
        ),
    });
  }
  if (federated) {
    const fed = (role: "owner" | "guest") => memberBody(federated.id, role, 0, { tenantId: federated.tenantId });
    checks.push(
      refused(
        "graph: a federated user as guest is a 400",
        400,
        () => a,
        () => group([memberBody(a, "owner"), fed("guest")]),
      ),
    );
    checks.push({
      name: "graph: a federated user as owner is accepted",
      run: async () =>
        expectStatus(await create(ctx, a, group([memberBody(a, "owner"), fed("owner")])), [201], "a federated user with role owner"),
    });
  }
  return checks;
}

/** Every rule check; those needing a guest or federated user only when the users include one. */
export function graphRuleChecks(ctx: SuiteContext): Check[] {
  return [dedup(), groupNotDeduplicated(), ...topicRules(), ...roleRules(ctx), useAfterDelete(), pagingUnderWrites()];
}
