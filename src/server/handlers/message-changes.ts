/**
 * Handlers of the changes to a sent message.
 * Serves: updateChatMessage, softDeleteChatMessage, undoSoftDeleteChatMessage,
 * setChatMessageReaction, unsetChatMessageReaction.
 */
import { softDeleteMessage, undoSoftDeleteMessage, updateMessage } from "../domain/message-changes.js";
import { setReaction, unsetReaction } from "../domain/reactions.js";
import type { HandlerContext } from "./context.js";
import type { HandlerMap } from "./types.js";

type Served =
  "updateChatMessage" | "softDeleteChatMessage" | "undoSoftDeleteChatMessage" | "setChatMessageReaction" | "unsetChatMessageReaction";

export function messageChangeHandlers({ domain }: HandlerContext): Pick<HandlerMap, Served> {
  return {
    updateChatMessage: async ({ caller, params, body }) => {
      // chatmessage-update.md: 204 for a user's edit, 200 (no body) for an application's verdict.
      const kind = await updateMessage(domain, caller, params.chatId, params.messageId, body);
      return kind === "edited" ? { status: 204 } : { status: 200 };
    },
    softDeleteChatMessage: async ({ caller, params }) => {
      await softDeleteMessage(domain, caller, params.chatId, params.messageId);
      return { status: 204 };
    },
    undoSoftDeleteChatMessage: async ({ caller, params }) => {
      await undoSoftDeleteMessage(domain, caller, params.chatId, params.messageId);
      return { status: 204 };
    },
    setChatMessageReaction: async ({ caller, params, body }) => {
      await setReaction(domain, caller, params.chatId, params.messageId, body);
      return { status: 204 };
    },
    unsetChatMessageReaction: async ({ caller, params, body }) => {
      await unsetReaction(domain, caller, params.chatId, params.messageId, body);
      return { status: 204 };
    },
  };
}
