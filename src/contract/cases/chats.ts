/**
 * Contract cases of createChat, getChat, updateChat, hideChatForUser, unhideChatForUser,
 * markChatReadForUser, markChatUnreadForUser.
 */
import fc from "fast-check";
import type { CanonicalOperationId } from "../../shared/operations.js";
import { memberId } from "../core/context.js";
import { chatPath, memberBody, sharedChat } from "../core/fixtures.js";
import type { Chat, Role } from "../core/schemas.js";
import { callerArb, defineCase, enumOf, fieldIs, participants, type CaseMap, type OperationCase, type Participant } from "./case.js";
import { topicArb, updatedTopicArb } from "./generators.js";

const createChat = defineCase({
  plans: (ctx) =>
    fc.record({
      chatType: fc.constantFrom("oneOnOne", "group"),
      others: fc.uniqueArray(fc.nat(participants(ctx).length - 1), { minLength: 1, maxLength: 4 }),
      caller: callerArb(ctx, "createChat"),
      byUpn: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      forms: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }),
      ownerRole: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      topic: fc.option(fc.option(topicArb, { nil: null }), { nil: undefined }),
      odataType: fc.boolean(),
      namesTenant: fc.boolean(),
    }),
  prepare: (ctx, plan) => {
    const everyone = participants(ctx);
    const callerId = memberId(ctx, 0);
    let others = plan.others.map((i) => everyone[i]).filter((u): u is Participant => u !== undefined && u.id !== callerId);
    if (others.length === 0) others = [{ id: memberId(ctx, 1) }];
    if (plan.chatType === "oneOnOne") others = others.slice(0, 1);
    const caller: Participant = { id: callerId, upn: ctx.users.members[0]?.userPrincipalName };
    const members = [caller, ...others].map((u, i) => {
      const key = plan.byUpn[i] && u.upn ? u.upn : u.id;
      const role: Role = u.role ?? (plan.ownerRole[i] ? "owner" : "guest");
      const extra = u.tenantId && plan.namesTenant ? { tenantId: u.tenantId } : {};
      return memberBody(key, i === 0 ? "owner" : role, plan.forms[i], extra);
    });
    // A topic is for group chats; `null` (no topic) is allowed on both.
    const topic = plan.chatType === "group" || plan.topic === null ? plan.topic : undefined;
    const body = {
      ...(plan.odataType && { "@odata.type": "#microsoft.graph.chat" }),
      chatType: plan.chatType,
      members,
      ...(topic !== undefined && { topic }),
    };
    return {
      request: { op: "createChat", method: "POST", path: "/chats", body, as: plan.caller },
      status: 201,
      verify: ({ json }) => fieldIs(json, "chatType", plan.chatType) ?? fieldIs(json, "topic", topic ?? null),
    };
  },
});

const getChat = defineCase({
  plans: (ctx) =>
    fc.record({
      expand: fc.option(fc.constantFrom(...enumOf(ctx, "getChat", "$expand")), { nil: undefined }),
      caller: callerArb(ctx, "getChat"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const query: Record<string, string> = plan.expand ? { $expand: plan.expand } : {};
    return {
      request: { op: "getChat", method: "GET", path: chatPath(chat.id), query, as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const hasMembers = Array.isArray((json as Chat).members);
        if (hasMembers !== Boolean(plan.expand?.includes("members")))
          return `members ${hasMembers ? "present" : "absent"} with $expand=${plan.expand ?? "(none)"}`;
        return fieldIs(json, "id", chat.id);
      },
    };
  },
});

const updateChat = defineCase({
  plans: (ctx) =>
    fc.record({ topic: fc.option(updatedTopicArb(), { nil: null }), odataType: fc.boolean(), caller: callerArb(ctx, "updateChat") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const body = { ...(plan.odataType && { "@odata.type": "#microsoft.graph.chat" }), topic: plan.topic };
    return {
      request: { op: "updateChat", method: "PATCH", path: chatPath(chat.id), body, as: plan.caller },
      status: 200,
      verify: ({ json }) => fieldIs(json, "topic", plan.topic),
    };
  },
});

/** hide / unhide / mark read / mark unread: the signed-in user names itself in the body; 204. */
function viewpointCase(operationId: CanonicalOperationId, action: string, withReadTime = false): OperationCase {
  return defineCase({
    plans: (ctx) =>
      fc.record({
        odataType: fc.boolean(),
        tenant: fc.constantFrom("absent", "null", "chat"),
        identityType: fc.boolean(),
        readTime: withReadTime ? fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }) : fc.constant(undefined),
        caller: callerArb(ctx, operationId, false),
      }),
    prepare: async (ctx, plan) => {
      const chat = await sharedChat(ctx);
      const tenantId = plan.tenant === "chat" ? chat.tenantId : plan.tenant === "null" ? null : undefined;
      const user = {
        ...(plan.odataType && { "@odata.type": "#microsoft.graph.teamworkUserIdentity" }),
        id: memberId(ctx, 0),
        ...(tenantId !== undefined && { tenantId }),
        ...(plan.identityType && { userIdentityType: "aadUser" }),
      };
      const since = plan.readTime === undefined ? undefined : new Date(Date.UTC(2026, 0, 1) - plan.readTime * 3_600_000).toISOString();
      const body = { user, ...(since !== undefined && { lastMessageReadDateTime: since }) };
      return { request: { op: operationId, method: "POST", path: chatPath(chat.id, `/${action}`), body, as: plan.caller }, status: 204 };
    },
  });
}

export const chatCases = {
  createChat,
  getChat,
  updateChat,
  hideChatForUser: viewpointCase("hideChatForUser", "hideForUser"),
  unhideChatForUser: viewpointCase("unhideChatForUser", "unhideForUser"),
  markChatReadForUser: viewpointCase("markChatReadForUser", "markChatReadForUser"),
  markChatUnreadForUser: viewpointCase("markChatUnreadForUser", "markChatUnreadForUser", true),
} satisfies CaseMap;
