/**
 * Contract cases of updateChatMessage, softDeleteChatMessage, undoSoftDeleteChatMessage,
 * setChatMessageReaction, unsetChatMessageReaction. Edits and deletions are the sender's
 * (member 0 sends a fresh message for each), reactions any member's.
 */
import fc from "fast-check";
import { asApp, asUser, memberId, type SuiteContext } from "../core/context.js";
import { CheckFailure } from "../core/failure.js";
import { chatPath, sharedChat, sharedMessages } from "../core/fixtures.js";
import { expectStatus, seg } from "../core/http.js";
import type { ChatMessage } from "../core/schemas.js";
import { defineCase, type CaseMap } from "./case.js";
import { contentArb } from "./generators.js";

/** A message member 0 just sent to the shared chat, for a change only its sender may make. */
async function freshMessage(ctx: SuiteContext): Promise<{ chatId: string; id: string }> {
  const chat = await sharedChat(ctx);
  const sent = await ctx.http.send({
    op: "sendChatMessage",
    method: "POST",
    path: chatPath(chat.id, "/messages"),
    body: { body: { content: "to be changed" } },
    as: asUser(memberId(ctx, 0)),
  });
  expectStatus(sent, [201], "setup: sending a message to change");
  return { chatId: chat.id, id: (sent.json as ChatMessage).id };
}

const senderScopes = (ctx: SuiteContext, operationId: "updateChatMessage" | "softDeleteChatMessage" | "undoSoftDeleteChatMessage") =>
  fc.constantFrom(...ctx.spec.operation(operationId).permissions.delegated);

const updateChatMessage = defineCase({
  plans: (ctx) =>
    fc.oneof(
      fc.record({
        kind: fc.constant("edit" as const),
        content: fc.option(contentArb, { nil: undefined }),
        subject: fc.option(fc.option(fc.string({ unit: "grapheme-ascii", maxLength: 255 }), { nil: null }), { nil: undefined }),
        importance: fc.constantFrom("normal", "high", "urgent"),
        scope: senderScopes(ctx, "updateChatMessage"),
      }),
      fc.record({
        kind: fc.constant("verdict" as const),
        dlpAction: fc.constantFrom("none", "notifySender", "BlockAccess", "blockAccessExternal"),
        role: fc.constantFrom(...ctx.spec.operation("updateChatMessage").permissions.application),
      }),
    ),
  prepare: async (ctx, plan) => {
    const { chatId, id } = await freshMessage(ctx);
    const path = chatPath(chatId, `/messages/${seg(id)}`);
    if (plan.kind === "verdict") {
      const body = { policyViolation: { dlpAction: plan.dlpAction, verdictDetails: "AllowFalsePositiveOverride" } };
      return { request: { op: "updateChatMessage", method: "PATCH", path, body, as: asApp([plan.role]) }, status: 200 };
    }
    const body = {
      ...(plan.content !== undefined && { body: { content: plan.content } }),
      ...(plan.subject !== undefined && { subject: plan.subject }),
      importance: plan.importance,
    };
    return { request: { op: "updateChatMessage", method: "PATCH", path, body, as: asUser(memberId(ctx, 0), [plan.scope]) }, status: 204 };
  },
});

/** softDelete and undoSoftDelete by the sender (their /users/{userId} and /me forms are aliases). */
const deletion = (operationId: "softDeleteChatMessage" | "undoSoftDeleteChatMessage", action: "softDelete" | "undoSoftDelete") =>
  defineCase({
    plans: (ctx) => fc.record({ scope: senderScopes(ctx, operationId), deletedFirst: fc.boolean() }),
    prepare: async (ctx, plan) => {
      const { chatId, id } = await freshMessage(ctx);
      const sender = memberId(ctx, 0);
      const path = chatPath(chatId, `/messages/${seg(id)}`);
      if (plan.deletedFirst) {
        const deleted = await ctx.http.send({
          op: "softDeleteChatMessage",
          method: "POST",
          path: `${path}/softDelete`,
          as: asUser(sender),
        });
        if (deleted.status !== 204) throw new CheckFailure(`setup: deleting a message answered ${deleted.status}`, deleted.request);
      }
      return { request: { op: operationId, method: "POST", path: `${path}/${action}`, as: asUser(sender, [plan.scope]) }, status: 204 };
    },
  });

/** setReaction and unsetReaction by any member, on one of the shared messages. */
const reaction = (operationId: "setChatMessageReaction" | "unsetChatMessageReaction", action: "setReaction" | "unsetReaction") =>
  defineCase({
    plans: (ctx) =>
      fc.record({
        who: fc.nat(2),
        pick: fc.nat(2),
        reactionType: fc.constantFrom("👍", "❤️", "💘", "😆", "🎉", "like", "angry", "sad", "laugh", "heart", "surprised"),
        scope: fc.constantFrom(...ctx.spec.operation(operationId).permissions.delegated),
      }),
    prepare: async (ctx, plan) => {
      const chat = await sharedChat(ctx);
      const ids = await sharedMessages(ctx);
      const id = ids[plan.pick % ids.length] ?? "";
      return {
        request: {
          op: operationId,
          method: "POST",
          path: chatPath(chat.id, `/messages/${seg(id)}/${action}`),
          body: { reactionType: plan.reactionType },
          as: asUser(memberId(ctx, plan.who), [plan.scope]),
        },
        status: 204,
      };
    },
  });

export const messageChangeCases = {
  updateChatMessage,
  softDeleteChatMessage: deletion("softDeleteChatMessage", "softDelete"),
  undoSoftDeleteChatMessage: deletion("undoSoftDeleteChatMessage", "undoSoftDelete"),
  setChatMessageReaction: reaction("setChatMessageReaction", "setReaction"),
  unsetChatMessageReaction: reaction("unsetChatMessageReaction", "unsetReaction"),
} satisfies CaseMap;
