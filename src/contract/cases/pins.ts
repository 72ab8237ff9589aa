/**
 * Contract cases of listChatPinnedMessages, pinChatMessage, unpinChatMessage. Each pins a message
 * of its own, sent during setup, so no case meets another's pin (pinning twice is a 409).
 */
import fc from "fast-check";
import { asUser, memberId, type SuiteContext } from "../core/context.js";
import { chatPath, sharedChat } from "../core/fixtures.js";
import { expectStatus, seg } from "../core/http.js";
import type { ChatMessage, PinnedList } from "../core/schemas.js";
import { callerArb, defineCase, enumOf, fieldIs, type CaseMap } from "./case.js";

/** The service roots a `message@odata.bind` may name (chat-post-pinnedmessages.md uses v1.0). */
const BIND_ROOTS = ["https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/beta"] as const;

const messageBind = (chatId: string, messageId: string, root: string = BIND_ROOTS[0]) => `${root}/chats/${chatId}/messages/${messageId}`;

/** Sends a message to the chat as member 0; its id. */
async function freshMessage(ctx: SuiteContext, chatId: string): Promise<string> {
  const sent = await ctx.http.send({
    op: "sendChatMessage",
    method: "POST",
    path: chatPath(chatId, "/messages"),
    body: { body: { content: "to pin" } },
    as: asUser(memberId(ctx, 0)),
  });
  expectStatus(sent, [201], "setup: sending a message to pin");
  return (sent.json as ChatMessage).id;
}

/** Sends a message and pins it as member 0; its id. */
async function pinnedMessage(ctx: SuiteContext, chatId: string): Promise<string> {
  const messageId = await freshMessage(ctx, chatId);
  const pinned = await ctx.http.send({
    op: "pinChatMessage",
    method: "POST",
    path: chatPath(chatId, "/pinnedMessages"),
    body: { "message@odata.bind": messageBind(chatId, messageId) },
    as: asUser(memberId(ctx, 0)),
  });
  expectStatus(pinned, [201], "setup: pinning a message");
  return messageId;
}

const listChatPinnedMessages = defineCase({
  plans: (ctx) =>
    fc.record({
      expand: fc.option(fc.constantFrom(...enumOf(ctx, "listChatPinnedMessages", "$expand")), { nil: undefined }),
      caller: callerArb(ctx, "listChatPinnedMessages"),
    }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const messageId = await pinnedMessage(ctx, chat.id);
    return {
      request: {
        op: "listChatPinnedMessages",
        method: "GET",
        path: chatPath(chat.id, "/pinnedMessages"),
        ...(plan.expand !== undefined && { query: { $expand: plan.expand } }),
        as: plan.caller,
      },
      status: 200,
      verify: ({ json }) => {
        const { value } = json as PinnedList;
        // Most recently pinned first (openapi.yaml): the pin just made leads.
        if (value[0]?.id !== messageId) return `the message pinned last (${messageId}) is not first: ${value.map((p) => p.id).join(", ")}`;
        const expanded = plan.expand === "message";
        const wrong = value.find((p) => (expanded ? p.message?.id !== p.id : p.message !== undefined));
        return (
          wrong && `pinned message ${wrong.id} ${expanded ? "lacks its message under $expand=message" : "has a message without $expand"}`
        );
      },
    };
  },
});

const pinChatMessage = defineCase({
  plans: (ctx) => fc.record({ root: fc.constantFrom(...BIND_ROOTS), caller: callerArb(ctx, "pinChatMessage") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const messageId = await freshMessage(ctx, chat.id);
    return {
      request: {
        op: "pinChatMessage",
        method: "POST",
        path: chatPath(chat.id, "/pinnedMessages"),
        body: { "message@odata.bind": messageBind(chat.id, messageId, plan.root) },
        as: plan.caller,
      },
      status: 201,
      // chat-post-pinnedmessages.md: the pin's id is the message's.
      verify: ({ json }) => fieldIs(json, "id", messageId) ?? fieldIs(json, "@odata.type", "#microsoft.graph.pinnedChatMessageInfo"),
    };
  },
});

const unpinChatMessage = defineCase({
  plans: (ctx) => fc.record({ caller: callerArb(ctx, "unpinChatMessage") }),
  prepare: async (ctx, plan) => {
    const chat = await sharedChat(ctx);
    const messageId = await pinnedMessage(ctx, chat.id);
    return {
      request: { op: "unpinChatMessage", method: "DELETE", path: chatPath(chat.id, `/pinnedMessages/${seg(messageId)}`), as: plan.caller },
      status: 204,
    };
  },
});

export const pinCases = { listChatPinnedMessages, pinChatMessage, unpinChatMessage } satisfies CaseMap;
