// For each operation the suite drives: a generator of valid requests (with the setup they need)
// and what a valid request must get back. Invalid requests are mutations of these (fuzz/mutations.ts).
import fc from "fast-check";
import { asApp, asUser, memberId, type SuiteContext } from "../core/context.js";
import { CheckFailure } from "../core/failure.js";
import { chatPath, createGroupChat, memberBody, membersOf, sharedChat, sharedMessages } from "../core/fixtures.js";
import type { BulkResults, Chat, ChatList, ChatMember, ChatMessage, MemberList, MessageList, Role } from "../core/schemas.js";
import { contentArb, historyArb, odataString, topicArb, wordArb } from "./generators.js";
import { expectStatus, seg } from "../core/http.js";
import type { Exchange, RequestSpec } from "../core/exchange.js";
import type { TokenKind } from "../core/types.js";

/** A valid request ready to send, its documented success status, and what the answer must say. */
export interface Prepared {
  request: RequestSpec;
  status: number;
  verify?: (exchange: Exchange) => string | undefined;
}

/** One operation's generator: plans are plain data (so fast-check can print and shrink them). */
export interface OperationCase {
  operationId: string;
  plans: (ctx: SuiteContext) => fc.Arbitrary<unknown>;
  prepare: (ctx: SuiteContext, plan: unknown) => Promise<Prepared>;
}

function defineCase<P>(c: {
  operationId: string;
  plans: (ctx: SuiteContext) => fc.Arbitrary<P>;
  prepare: (ctx: SuiteContext, plan: P) => Promise<Prepared>;
}): OperationCase {
  return c as OperationCase;
}

/** A caller allowed by the operation's `x-permissions`: user 0 with one scope, or an app with one role. */
function callerArb(ctx: SuiteContext, operationId: string, appAllowed = true): fc.Arbitrary<TokenKind> {
  const { delegated, application } = ctx.spec.operation(operationId).permissions;
  const user = memberId(ctx, 0);
  const options: fc.Arbitrary<TokenKind>[] = [fc.constantFrom(...delegated).map((scope) => asUser(user, [scope]))];
  if (appAllowed && application.length > 0) options.push(fc.constantFrom(...application).map((role) => asApp([role])));
  return fc.oneof(...options);
}

const fieldIs = (json: unknown, name: string, expected: unknown): string | undefined => {
  const actual = (json as Record<string, unknown>)[name];
  return actual === expected ? undefined : `${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
};

/** Everyone a chat can be made with: ordinary users, the guest and the federated user. */
interface Participant {
  id: string;
  upn?: string | undefined;
  /** The only role the rules allow this user, if any. */
  role?: Role;
  tenantId?: string;
}

function participants(ctx: SuiteContext): Participant[] {
  return [
    ...ctx.users.members.map((u) => ({ id: u.id, ...(u.userPrincipalName !== undefined && { upn: u.userPrincipalName }) })),
    ...(ctx.users.guest ? [{ id: ctx.users.guest.id, role: "guest" as const }] : []),
    ...(ctx.users.federated ? [{ id: ctx.users.federated.id, role: "owner" as const, tenantId: ctx.users.federated.tenantId }] : []),
  ];
}

const createChat = defineCase({
  operationId: "createChat",
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
  prepare: async (ctx, plan) => {
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
  operationId: "getChat",
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
  operationId: "updateChat",
  plans: (ctx) => fc.record({ topic: fc.option(topicArb, { nil: null }), odataType: fc.boolean(), caller: callerArb(ctx, "updateChat") }),
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

/** The query options of a chat list (GET /chats, /me/chats, /users/{userId}/chats). */
function chatListQueryArbs(ctx: SuiteContext, operationId: string) {
  return {
    top: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    expand: fc.option(fc.constantFrom(...enumOf(ctx, operationId, "$expand")), { nil: undefined }),
    orderby: fc.option(fc.constantFrom(...enumOf(ctx, operationId, "$orderby")), { nil: undefined }),
    filter: fc.option(
      fc.oneof(
        fc.constantFrom("chatType eq 'group'", "chatType eq 'oneOnOne'", "topic eq null"),
        wordArb.map((w) => `topic eq ${odataString(w)}`),
        fc.nat(3).map((i) => `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '${memberId(ctx, i)}')`),
      ),
      { nil: undefined },
    ),
  };
}

interface ChatListPlan {
  top: number | undefined;
  expand: string | undefined;
  orderby: string | undefined;
  filter: string | undefined;
}

function chatListQuery(plan: ChatListPlan): Record<string, string> {
  const query: Record<string, string> = {};
  if (plan.top !== undefined) query.$top = String(plan.top);
  if (plan.expand) query.$expand = plan.expand;
  if (plan.orderby) query.$orderby = plan.orderby;
  if (plan.filter) query.$filter = plan.filter;
  return query;
}

/** A page no larger than `$top`, and only chats of the filtered type. */
function chatListVerify(plan: ChatListPlan): (exchange: Exchange) => string | undefined {
  return ({ json }) => {
    const value = (json as ChatList).value;
    if (value.length > (plan.top ?? 20)) return `${value.length} chats in a page of $top=${plan.top ?? "(default 20)"}`;
    const type = /^chatType eq '(\w+)'$/.exec(plan.filter ?? "")?.[1];
    const stray = type && value.find((c) => c.chatType !== type);
    return stray ? `a ${stray.chatType} chat in a list filtered by ${plan.filter}` : undefined;
  };
}

/** GET /chats and GET /me/chats: the signed-in user's chats, with generated query options. */
const ownChatList = (operationId: "listChats" | "listMyChats", path: "/chats" | "/me/chats") =>
  defineCase({
    operationId,
    plans: (ctx) => fc.record({ ...chatListQueryArbs(ctx, operationId), caller: callerArb(ctx, operationId) }),
    prepare: async (_ctx, plan) => ({
      request: { op: operationId, method: "GET", path, query: chatListQuery(plan), as: plan.caller },
      status: 200,
      verify: chatListVerify(plan),
    }),
  });

const listChats = ownChatList("listChats", "/chats");
const listMyChats = ownChatList("listMyChats", "/me/chats");

const listUserChats = defineCase({
  operationId: "listUserChats",
  plans: (ctx) =>
    fc.record({
      ...chatListQueryArbs(ctx, "listUserChats"),
      // A delegated caller lists its own chats; an application any member's.
      who: fc.nat(ctx.users.members.length - 1),
      byUpn: fc.boolean(),
      caller: callerArb(ctx, "listUserChats"),
    }),
  prepare: async (ctx, plan) => {
    const user = ctx.users.members["app" in plan.caller ? plan.who : 0];
    if (!user) throw new CheckFailure("not enough users to list a user's chats");
    const key = plan.byUpn && user.userPrincipalName ? user.userPrincipalName : user.id;
    return {
      request: { op: "listUserChats", method: "GET", path: `/users/${seg(key)}/chats`, query: chatListQuery(plan), as: plan.caller },
      status: 200,
      verify: chatListVerify(plan),
    };
  },
});

const sendChatMessage = defineCase({
  operationId: "sendChatMessage",
  plans: (ctx) =>
    fc.record({
      content: contentArb,
      contentType: fc.option(fc.constantFrom("text", "html"), { nil: undefined }),
      subject: fc.option(fc.option(fc.string({ unit: "grapheme-ascii", maxLength: 255 }), { nil: null }), { nil: undefined }),
      importance: fc.option(fc.constantFrom("normal", "high", "urgent"), { nil: undefined }),
      caller: callerArb(ctx, "sendChatMessage", false),
    }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const body = {
      body: { content: plan.content, ...(plan.contentType && { contentType: plan.contentType }) },
      ...(plan.subject !== undefined && { subject: plan.subject }),
      ...(plan.importance && { importance: plan.importance }),
    };
    return {
      request: { op: "sendChatMessage", method: "POST", path: chatPath(chat.id, "/messages"), body, as: plan.caller },
      status: 201,
      verify: ({ json }) => {
        const sent = json as ChatMessage;
        if (sent.body.content !== plan.content) return `body.content came back as ${JSON.stringify(sent.body.content).slice(0, 80)}`;
        return fieldIs(json, "importance", plan.importance ?? "normal") ?? fieldIs(json, "chatId", chat.id);
      },
    };
  },
});

const addChatMember = defineCase({
  operationId: "addChatMember",
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

const listChatMessages = defineCase({
  operationId: "listChatMessages",
  plans: (ctx) =>
    fc.record({
      top: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      orderby: fc.option(fc.constantFrom(...enumOf(ctx, "listChatMessages", "$orderby")), { nil: undefined }),
      caller: callerArb(ctx, "listChatMessages"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const query: Record<string, string> = {};
    if (plan.top !== undefined) query.$top = String(plan.top);
    if (plan.orderby) query.$orderby = plan.orderby;
    return {
      request: { op: "listChatMessages", method: "GET", path: chatPath(chat.id, "/messages"), query, as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const value = (json as MessageList).value;
        return value.length > (plan.top ?? 20) ? `${value.length} messages in a page of $top=${plan.top ?? "(default 20)"}` : undefined;
      },
    };
  },
});

/** hide / unhide / mark read / mark unread: the signed-in user names itself in the body; 204. */
function viewpointCase(operationId: string, action: string, withReadTime = false): OperationCase {
  return defineCase({
    operationId,
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

const hideChatForUser = viewpointCase("hideChatForUser", "hideForUser");
const unhideChatForUser = viewpointCase("unhideChatForUser", "unhideForUser");
const markChatReadForUser = viewpointCase("markChatReadForUser", "markChatReadForUser");
const markChatUnreadForUser = viewpointCase("markChatUnreadForUser", "markChatUnreadForUser", true);

const listChatMembers = defineCase({
  operationId: "listChatMembers",
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
  operationId: "getChatMember",
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
  operationId: "removeChatMember",
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
  operationId: "addChatMembers",
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
  operationId: "removeChatMembers",
  plans: (ctx) =>
    fc.record({
      // Users 1–3 of a chat of users 0–3; the caller's user 0 stays.
      who: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }),
      odataType: fc.array(
        fc.option(fc.constantFrom("microsoft.graph.aadUserConversationMember", "#microsoft.graph.aadUserConversationMember"), {
          nil: undefined,
        }),
        { minLength: 3, maxLength: 3 },
      ),
      caller: callerArb(ctx, "removeChatMembers"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await createGroupChat(
      ctx,
      [0, 1, 2, 3].map((i) => memberId(ctx, i)),
    );
    const userIds = plan.who.map((i) => memberId(ctx, i));
    const values = userIds.map((userId, i) => ({ ...(plan.odataType[i] && { "@odata.type": plan.odataType[i] }), userId }));
    return {
      request: { op: "removeChatMembers", method: "POST", path: chatPath(chat.id, "/members/remove"), body: { values }, as: plan.caller },
      status: 200,
      verify: allSucceeded(userIds),
    };
  },
});

const getChatMessage = defineCase({
  operationId: "getChatMessage",
  plans: (ctx) => fc.record({ pick: fc.nat(2), caller: callerArb(ctx, "getChatMessage") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const ids = await sharedMessages(ctx);
    const id = ids[plan.pick % ids.length];
    if (id === undefined) throw new CheckFailure("setup: no message to get");
    return {
      request: { op: "getChatMessage", method: "GET", path: chatPath(chat.id, `/messages/${seg(id)}`), as: plan.caller },
      status: 200,
      verify: ({ json }) => fieldIs(json, "id", id) ?? fieldIs(json, "chatId", chat.id),
    };
  },
});

/** The body of the beta add-chats operations: an existing chat's id, or a topic for a new one. */
const addChatsFields = {
  existing: fc.boolean(),
  topic: fc.option(fc.option(topicArb, { nil: null }), { nil: undefined }),
  odataType: fc.boolean(),
  // The beta documentation's example sends timestamps, which are accepted and ignored.
  stamps: fc.constantFrom("none", "offset", "utc"),
};

function addChatsBody(
  plan: { odataType: boolean; topic: string | null | undefined; stamps: string },
  chatId: string | undefined,
): Record<string, unknown> {
  const stamp = plan.stamps === "offset" ? "2017-01-01T00:01:04.1563754+03:00" : "2020-05-05T10:00:00Z";
  return {
    ...(plan.odataType && { "@odata.type": "#microsoft.graph.chat" }),
    ...(chatId !== undefined ? { id: chatId } : plan.topic !== undefined && { topic: plan.topic }),
    ...(plan.stamps !== "none" && { lastUpdatedDateTime: stamp, ...(plan.stamps === "utc" && { createdDateTime: stamp }) }),
  };
}

/** A group chat: the one named, or a new one with the topic asked for. */
function addChatsVerify(
  plan: { topic: string | null | undefined },
  chatId: string | undefined,
): (exchange: Exchange) => string | undefined {
  return ({ json }) =>
    fieldIs(json, "chatType", "group") ?? (chatId !== undefined ? fieldIs(json, "id", chatId) : fieldIs(json, "topic", plan.topic ?? null));
}

const addChatsForMe = defineCase({
  operationId: "addChatsForMe",
  plans: (ctx) => fc.record({ ...addChatsFields, caller: callerArb(ctx, "addChatsForMe") }),
  prepare: async (ctx, plan) => {
    // The caller (user 0) is a member of the shared chat already: adding it again is a no-op.
    const chatId = plan.existing ? (await sharedChat(ctx)).id : undefined;
    return {
      request: {
        op: "addChatsForMe",
        base: "/beta",
        method: "POST",
        path: "/me/chats/$ref",
        body: addChatsBody(plan, chatId),
        as: plan.caller,
      },
      status: 201,
      verify: addChatsVerify(plan, chatId),
    };
  },
});

const addChatsForUser = defineCase({
  operationId: "addChatsForUser",
  plans: (ctx) =>
    fc.record({
      ...addChatsFields,
      who: fc.nat(participants(ctx).length - 1),
      byUpn: fc.boolean(),
      caller: callerArb(ctx, "addChatsForUser"),
    }),
  prepare: async (ctx, plan) => {
    const user = participants(ctx)[plan.who];
    if (!user) throw new CheckFailure("not enough users to add one to a chat");
    // A fresh chat of users 0 and 1, so the shared chat keeps its members.
    const chatId = plan.existing ? (await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1)])).id : undefined;
    const key = plan.byUpn && user.upn ? user.upn : user.id;
    return {
      request: {
        op: "addChatsForUser",
        base: "/beta",
        method: "POST",
        path: `/users/${seg(key)}/chats/$ref`,
        body: addChatsBody(plan, chatId),
        as: plan.caller,
      },
      status: 201,
      verify: addChatsVerify(plan, chatId),
    };
  },
});

function enumOf(ctx: SuiteContext, operationId: string, param: string): string[] {
  const values = ctx.spec.operation(operationId).query.get(param)?.enum;
  if (!Array.isArray(values) || values.length === 0) throw new Error(`${operationId} ${param} has no enum in the spec`);
  return values.map(String);
}

/** The operations the spec-driven checks cover. */
export const OPERATION_CASES: OperationCase[] = [
  createChat,
  getChat,
  updateChat,
  listChats,
  listMyChats,
  listUserChats,
  hideChatForUser,
  unhideChatForUser,
  markChatReadForUser,
  markChatUnreadForUser,
  sendChatMessage,
  addChatMember,
  listChatMembers,
  getChatMember,
  removeChatMember,
  addChatMembers,
  removeChatMembers,
  listChatMessages,
  getChatMessage,
  addChatsForMe,
  addChatsForUser,
];
