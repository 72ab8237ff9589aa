/**
 * Handlers of the deprecated beta "add chats" operations (served under /beta only).
 * Serves: addChatsForMe (POST /me/chats/$ref), addChatsForUser (POST /users/{userId}/chats/$ref).
 */
import { addChats } from "../domain/add-chats.js";
import type { ChatListOwner } from "../domain/chats.js";
import type { HandlerContext } from "./context.js";
import { presentChatEntity } from "./present.js";
import type { Call, HandlerMap, Reply } from "./types.js";

type AddChatsOperation = "addChatsForMe" | "addChatsForUser";

export function addChatsHandlers({ domain }: HandlerContext): Pick<HandlerMap, AddChatsOperation> {
  const add = async ({ caller, body, links }: Call<AddChatsOperation>, target: ChatListOwner): Promise<Reply<AddChatsOperation>> => {
    const chat = await addChats(domain, caller, target, { id: body.id, topic: body.topic });
    const view = { viewerId: caller.kind === "user" ? caller.userId : null };
    return { status: 201, body: { "@odata.type": "#microsoft.graph.chat", ...presentChatEntity(domain, chat, links.root, view) } };
  };
  return {
    addChatsForMe: (call) => add(call, { kind: "me" }),
    addChatsForUser: (call) => add(call, { kind: "user", userKey: call.params.userId }),
  };
}
