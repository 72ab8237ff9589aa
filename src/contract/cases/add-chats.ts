/** Contract cases of addChatsForMe, addChatsForUser (beta only). */
import fc from "fast-check";
import { memberId } from "../core/context.js";
import type { Exchange } from "../core/exchange.js";
import { CheckFailure } from "../core/failure.js";
import { createGroupChat, sharedChat } from "../core/fixtures.js";
import { seg } from "../core/http.js";
import { callerArb, defineCase, fieldIs, participants, type CaseMap } from "./case.js";
import { topicArb } from "./generators.js";

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

export const addChatsCases = { addChatsForMe, addChatsForUser } satisfies CaseMap;
