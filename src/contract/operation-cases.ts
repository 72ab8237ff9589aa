// For each operation the suite drives: a generator of valid requests (with the setup they need)
// and what a valid request must get back. Invalid requests are mutations of these (mutations.ts).
import fc from "fast-check";
import { asApp, asUser, memberId, type SuiteContext } from "./context.js";
import { CheckFailure } from "./failure.js";
import { chatPath, createGroupChat, memberBody, sharedChat, type ChatJson, type Role } from "./fixtures.js";
import { contentArb, historyArb, odataString, topicArb, wordArb } from "./generators.js";
import type { Exchange, RequestSpec } from "./http.js";
import type { TokenKind } from "./types.js";

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

function defineCase<P>(c: { operationId: string; plans: (ctx: SuiteContext) => fc.Arbitrary<P>; prepare: (ctx: SuiteContext, plan: P) => Promise<Prepared> }): OperationCase {
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
    const body = { ...(plan.odataType && { "@odata.type": "#microsoft.graph.chat" }), chatType: plan.chatType, members, ...(topic !== undefined && { topic }) };
    return {
      request: { op: "createChat", method: "POST", path: "/chats", body, as: plan.caller },
      status: 201,
      verify: ({ json }) => fieldIs(json, "chatType", plan.chatType) ?? fieldIs(json, "topic", topic ?? null),
    };
  },
});

const getChat = defineCase({
  operationId: "getChat",
  plans: (ctx) => fc.record({ expand: fc.option(fc.constantFrom(...enumOf(ctx, "getChat", "$expand")), { nil: undefined }), caller: callerArb(ctx, "getChat") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const query: Record<string, string> = plan.expand ? { $expand: plan.expand } : {};
    return {
      request: { op: "getChat", method: "GET", path: chatPath(chat.id), query, as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const hasMembers = Array.isArray((json as { members?: unknown }).members);
        if (hasMembers !== Boolean(plan.expand?.includes("members"))) return `members ${hasMembers ? "present" : "absent"} with $expand=${plan.expand ?? "(none)"}`;
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

const listChats = defineCase({
  operationId: "listChats",
  plans: (ctx) =>
    fc.record({
      top: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      expand: fc.option(fc.constantFrom(...enumOf(ctx, "listChats", "$expand")), { nil: undefined }),
      orderby: fc.option(fc.constantFrom(...enumOf(ctx, "listChats", "$orderby")), { nil: undefined }),
      filter: fc.option(
        fc.oneof(
          fc.constantFrom("chatType eq 'group'", "chatType eq 'oneOnOne'", "topic eq null"),
          wordArb.map((w) => `topic eq ${odataString(w)}`),
          fc.nat(3).map((i) => `members/any(m: m/microsoft.graph.aadUserConversationMember/userId eq '${memberId(ctx, i)}')`),
        ),
        { nil: undefined },
      ),
      caller: callerArb(ctx, "listChats"),
    }),
  prepare: async (_ctx, plan) => {
    const query: Record<string, string> = {};
    if (plan.top !== undefined) query.$top = String(plan.top);
    if (plan.expand) query.$expand = plan.expand;
    if (plan.orderby) query.$orderby = plan.orderby;
    if (plan.filter) query.$filter = plan.filter;
    return {
      request: { op: "listChats", method: "GET", path: "/chats", query, as: plan.caller },
      status: 200,
      verify: ({ json }) => {
        const value = (json as { value: { chatType: string }[] }).value;
        if (value.length > (plan.top ?? 20)) return `${value.length} chats in a page of $top=${plan.top ?? "(default 20)"}`;
        const type = /^chatType eq '(\w+)'$/.exec(plan.filter ?? "")?.[1];
        const stray = type && value.find((c) => c.chatType !== type);
        return stray ? `a ${stray.chatType} chat in a list filtered by ${plan.filter}` : undefined;
      },
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
        const sent = json as { body: { content: string }; importance: string; chatId: string };
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
    const chat: ChatJson = await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1)]);
    const user = participants(ctx)[plan.who + 2];
    if (!user) throw new CheckFailure("not enough users to add one to a chat");
    const role: Role = user.role ?? (plan.owner ? "owner" : "guest");
    const extra = { ...(plan.history !== undefined && { visibleHistoryStartDateTime: plan.history }), ...(user.tenantId && plan.namesTenant && { tenantId: user.tenantId }) };
    return {
      request: { op: "addChatMember", method: "POST", path: chatPath(chat.id, "/members"), body: memberBody(user.id, role, plan.form, extra), as: plan.caller },
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
        const value = (json as { value: unknown[] }).value;
        return value.length > (plan.top ?? 20) ? `${value.length} messages in a page of $top=${plan.top ?? "(default 20)"}` : undefined;
      },
    };
  },
});

function enumOf(ctx: SuiteContext, operationId: string, param: string): string[] {
  const values = ctx.spec.operation(operationId).query.get(param)?.enum;
  if (!Array.isArray(values) || values.length === 0) throw new Error(`${operationId} ${param} has no enum in the spec`);
  return values.map(String);
}

/** The operations the spec-driven checks cover. */
export const OPERATION_CASES: OperationCase[] = [createChat, getChat, updateChat, listChats, sendChatMessage, addChatMember, listChatMessages];
