/**
 * Contract cases of addChatMember, listChatMembers, getChatMember, removeChatMember, addChatMembers,
 * removeChatMembers.
 */
import fc from "fast-check";
import { asUser, memberId } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure } from "../core/failure.js";
import { chatPath, createGroupChat, memberBody, membersOf, sharedChat } from "../core/fixtures.js";
import { expectStatus, seg } from "../core/http.js";
import type { BulkResults, Chat, ChatMember, MemberList, Role } from "../core/schemas.js";
import { callerArb, defineCase, fieldIs, participants, type CaseMap, type Participant } from "./case.js";
import { historyArb } from "./generators.js";

const addChatMember = defineCase({
  plans: (ctx) =>
    fc.record({
      // Anyone but users 0 and 1, who are in the chat already.
      who: fc.nat(Math.max(0, participants(ctx).length - 3)),
      owner: fc.boolean(),
      form: fc.nat(2),
      history: historyArb,
      namesTenant: fc.boolean(),
      caller: callerArb(ctx, "addChatMember"),
    }),
  prepare: async (ctx, plan) => {
    const chat: Chat = await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1)]);
    const user = participants(ctx)[plan.who + 2];
    if (!user) throw new CheckFailure("not enough users to add one to a chat");
    const role: Role = user.role ?? (plan.owner ? "owner" : "guest");
    const extra = {
      ...(plan.history !== undefined && { visibleHistoryStartDateTime: plan.history }),
      ...(user.tenantId && plan.namesTenant && { tenantId: user.tenantId }),
    };
    return {
      request: {
        op: "addChatMember",
        method: "POST",
        path: chatPath(chat.id, "/members"),
        body: memberBody(user.id, role, plan.form, extra),
        as: plan.caller,
      },
      status: 201,
      verify: ({ json, headers }) => (headers.get("location") ? fieldIs(json, "userId", user.id) : "no Location header on 201"),
    };
  },
});

const listChatMembers = defineCase({
  plans: (ctx) => fc.record({ caller: callerArb(ctx, "listChatMembers") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const expected = [0, 1, 2].map((i) => memberId(ctx, i));
    return {
      request: { op: "listChatMembers", method: "GET", path: chatPath(chat.id, "/members"), as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const ids = (json as MemberList).value.map((m) => m.userId);
        const missing = expected.filter((id) => !ids.includes(id));
        return missing.length ? `members ${missing.join(", ")} missing from the list (got ${ids.join(", ")})` : undefined;
      },
    };
  },
});

const getChatMember = defineCase({
  plans: (ctx) => fc.record({ who: fc.nat(2), caller: callerArb(ctx, "getChatMember") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const userId = memberId(ctx, plan.who);
    const member = (await membersOf(ctx, chat.id)).find((m) => m.userId === userId);
    if (!member) throw new CheckFailure(`setup: user ${userId} is not listed as a member of the shared chat`);
    return {
      request: { op: "getChatMember", method: "GET", path: chatPath(chat.id, `/members/${seg(member.id)}`), as: plan.caller },
      status: 200,
      verify: ({ json }) => fieldIs(json, "id", member.id) ?? fieldIs(json, "userId", userId),
    };
  },
});

const removeChatMember = defineCase({
  plans: (ctx) =>
    fc.record({
      // Someone added in setup: anyone but users 0 and 1, who are in the chat already.
      who: fc.nat(Math.max(0, participants(ctx).length - 3)),
      owner: fc.boolean(),
      caller: callerArb(ctx, "removeChatMember"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1)]);
    const user = participants(ctx)[plan.who + 2];
    if (!user) throw new CheckFailure("not enough users to add one to a chat");
    const added = await ctx.http.send({
      op: "addChatMember",
      method: "POST",
      path: chatPath(chat.id, "/members"),
      body: memberBody(user.id, user.role ?? (plan.owner ? "owner" : "guest")),
      as: asUser(memberId(ctx, 0)),
    });
    expectStatus(added, [201], "setup: adding the member to remove");
    const membershipId = (added.json as ChatMember).id;
    return {
      request: { op: "removeChatMember", method: "DELETE", path: chatPath(chat.id, `/members/${seg(membershipId)}`), as: plan.caller },
      status: 204,
    };
  },
});

/** Per-member results of a bulk action: one per user, each without an error. */
function allSucceeded(userIds: string[]): (exchange: Exchange) => string | undefined {
  return ({ json }) => {
    const value = (json as BulkResults).value;
    if (value.length !== userIds.length) return `${value.length} results for ${userIds.length} members`;
    const failed = value.find((r) => r.error !== null && r.error !== undefined);
    if (failed) return `the result for ${failed.userId ?? "(no userId)"} has an error: ${JSON.stringify(failed.error).slice(0, 200)}`;
    const missing = userIds.filter((id) => !value.some((r) => r.userId === id));
    return missing.length ? `no result for ${missing.join(", ")}` : undefined;
  };
}

const addChatMembers = defineCase({
  plans: (ctx) =>
    fc.record({
      // Anyone but users 0 and 1, who are in the chat already.
      who: fc.uniqueArray(fc.nat(Math.max(0, participants(ctx).length - 3)), { minLength: 1, maxLength: 3 }),
      owner: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      forms: fc.array(fc.nat(2), { minLength: 3, maxLength: 3 }),
      history: historyArb,
      namesTenant: fc.boolean(),
      caller: callerArb(ctx, "addChatMembers"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1)]);
    const everyone = participants(ctx);
    const users = plan.who.map((i) => everyone[i + 2]).filter((u): u is Participant => u !== undefined);
    if (users.length === 0) throw new CheckFailure("not enough users to add some to a chat");
    const values = users.map((user, i) => {
      const extra = {
        ...(plan.history !== undefined && { visibleHistoryStartDateTime: plan.history }),
        ...(user.tenantId && plan.namesTenant && { tenantId: user.tenantId }),
      };
      return memberBody(user.id, user.role ?? (plan.owner[i] ? "owner" : "guest"), plan.forms[i], extra);
    });
    return {
      request: { op: "addChatMembers", method: "POST", path: chatPath(chat.id, "/members/add"), body: { values }, as: plan.caller },
      status: 200,
      verify: allSucceeded(users.map((u) => u.id)),
    };
  },
});

const removeChatMembers = defineCase({
  plans: (ctx) =>
    fc.record({
      // Users 1–3 of a chat of users 0–3; the caller's user 0 stays.
      who: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
      // conversationmember-remove.md writes the type without `#`; both spellings are taken.
      odataType: fc.array(fc.constantFrom("microsoft.graph.aadUserConversationMember", "#microsoft.graph.aadUserConversationMember"), {
        minLength: 3,
        maxLength: 3,
      }),
      forms: fc.array(fc.nat(2), { minLength: 3, maxLength: 3 }),
      caller: callerArb(ctx, "removeChatMembers"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await createGroupChat(
      ctx,
      [0, 1, 2, 3].map((i) => memberId(ctx, i)),
    );
    const userIds = plan.who.map((i) => memberId(ctx, i));
    const values = userIds.map((userId, i) => ({
      "@odata.type": plan.odataType[i] ?? "microsoft.graph.aadUserConversationMember",
      "user@odata.bind": memberBody(userId, "owner", plan.forms[i])["user@odata.bind"],
    }));
    // Every user removed: 204 without a body (conversationmember-remove.md).
    return {
      request: { op: "removeChatMembers", method: "POST", path: chatPath(chat.id, "/members/remove"), body: { values }, as: plan.caller },
      status: 204,
    };
  },
});

export const memberCases = {
  addChatMember,
  listChatMembers,
  getChatMember,
  removeChatMember,
  addChatMembers,
  removeChatMembers,
} satisfies CaseMap;
