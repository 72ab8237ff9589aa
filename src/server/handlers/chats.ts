/**
 * Handlers of one chat and its actions.
 * Serves: createChat, getChat, updateChat, hideChatForUser, unhideChatForUser,
 * markChatReadForUser, markChatUnreadForUser.
 */
import type { Caller } from "../domain/caller.js";
import { createChat, readChat, setTopic } from "../domain/chats.js";
import { changeViewpoint } from "../domain/viewpoint.js";
import type { HandlerContext } from "./context.js";
import { expandOptions, presentChatEntity } from "./present.js";
import type { HandlerMap } from "./types.js";

type ChatHandlers = Pick<
  HandlerMap,
  "createChat" | "getChat" | "updateChat" | "hideChatForUser" | "unhideChatForUser" | "markChatReadForUser" | "markChatUnreadForUser"
>;

/** The viewpoint a delegated caller sees; applications have none when reading one chat. */
const viewerOf = (caller: Caller) => (caller.kind === "user" ? caller.userId : null);

export function chatHandlers({ domain }: HandlerContext): ChatHandlers {
  return {
    createChat: async ({ caller, body, links }) => {
      const { chat } = await createChat(domain, caller, body);
      // 201 also for the existing one-on-one chat: the documentation shows only 201 for this case.
      return { status: 201, body: presentChatEntity(domain, chat, links.root, { viewerId: viewerOf(caller) }) };
    },
    getChat: async ({ caller, params, query, links }) => {
      const chat = await readChat(domain, caller, params.chatId);
      const view = { viewerId: viewerOf(caller), ...expandOptions(query.$expand) };
      return { status: 200, body: presentChatEntity(domain, chat, links.root, view) };
    },
    updateChat: async ({ caller, params, body, links }) => {
      const chat = await setTopic(domain, caller, params.chatId, body.topic);
      return { status: 200, body: presentChatEntity(domain, chat, links.root, { viewerId: viewerOf(caller) }) };
    },
    hideChatForUser: async ({ caller, params, body }) => {
      await changeViewpoint(domain, caller, params.chatId, body.user, { kind: "hide" });
      return { status: 204 };
    },
    unhideChatForUser: async ({ caller, params, body }) => {
      await changeViewpoint(domain, caller, params.chatId, body.user, { kind: "unhide" });
      return { status: 204 };
    },
    markChatReadForUser: async ({ caller, params, body }) => {
      await changeViewpoint(domain, caller, params.chatId, body.user, { kind: "markRead" });
      return { status: 204 };
    },
    markChatUnreadForUser: async ({ caller, params, body }) => {
      const change = { kind: "markUnread", lastMessageReadDateTime: body.lastMessageReadDateTime } as const;
      await changeViewpoint(domain, caller, params.chatId, body.user, change);
      return { status: 204 };
    },
  };
}
