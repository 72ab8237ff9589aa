/** Contract cases of sendChatMessage, listChatMessages, getChatMessage. */
import fc from "fast-check";
import { CheckFailure } from "../core/failure.js";
import { chatPath, sharedChat, sharedMessages } from "../core/fixtures.js";
import { seg } from "../core/http.js";
import type { ChatMessage, MessageList } from "../core/schemas.js";
import { callerArb, defineCase, enumOf, fieldIs, type CaseMap } from "./case.js";
import { contentArb } from "./generators.js";

const sendChatMessage = defineCase({
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

const listChatMessages = defineCase({
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

const getChatMessage = defineCase({
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

export const messageCases = { sendChatMessage, listChatMessages, getChatMessage } satisfies CaseMap;
