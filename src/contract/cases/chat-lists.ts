/** Contract cases of listChats, listMyChats, listUserChats. */
import fc from "fast-check";
import { memberId, type SuiteContext } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure } from "../core/failure.js";
import { seg } from "../core/http.js";
import type { ChatList } from "../core/schemas.js";
import { callerArb, defineCase, enumOf, type CaseMap } from "./case.js";
import { odataString, wordArb } from "./generators.js";

type ChatListId = "listChats" | "listMyChats" | "listUserChats";

/** The query options of a chat list (GET /chats, /me/chats, /users/{userId}/chats). */
function chatListQueryArbs(ctx: SuiteContext, operationId: ChatListId) {
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
    plans: (ctx) => fc.record({ ...chatListQueryArbs(ctx, operationId), caller: callerArb(ctx, operationId) }),
    prepare: (_ctx, plan) => ({
      request: { op: operationId, method: "GET", path, query: chatListQuery(plan), as: plan.caller },
      status: 200,
      verify: chatListVerify(plan),
    }),
  });

const listUserChats = defineCase({
  plans: (ctx) =>
    fc.record({
      ...chatListQueryArbs(ctx, "listUserChats"),
      // A delegated caller lists its own chats; an application any member's.
      who: fc.nat(ctx.users.members.length - 1),
      byUpn: fc.boolean(),
      caller: callerArb(ctx, "listUserChats"),
    }),
  prepare: (ctx, plan) => {
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

export const chatListCases = {
  listChats: ownChatList("listChats", "/chats"),
  listMyChats: ownChatList("listMyChats", "/me/chats"),
  listUserChats,
} satisfies CaseMap;
