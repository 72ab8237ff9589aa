// Who may see and change a chat: its members (delegated tokens), or applications of the chat's
// tenant. Every operation on /chats/{chatId}/… checks it when it reads the chat, and again inside
// each write (a member removed meanwhile cannot still write).
import type { ChatRecord, MemberRecord } from "../store/types.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";

export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function memberOf(chat: ChatRecord, userId: string): MemberRecord | undefined {
  return chat.members.find((m) => sameId(m.userId, userId));
}

/** The chat, if it exists (404) and the caller may act on it (403). */
export async function readableChat(ctx: DomainContext, caller: Caller, chatId: string): Promise<ChatRecord> {
  return accessible(caller, await ctx.store.getChat(chatId), chatId);
}

/** `chat` (as read, or as found inside a change) if it exists and the caller may act on it. */
export function accessible(caller: Caller, chat: ChatRecord | undefined, chatId: string): ChatRecord {
  if (!chat) throw notFound(`Chat '${chatId}' was not found.`);
  if (caller.kind === "user" ? !memberOf(chat, caller.userId) : !sameId(caller.tenantId, chat.tenantId)) {
    throw forbidden("The signed-in user is not a member of this chat.");
  }
  // Through /users/{userId}, an application sees the user's chats only: others do not exist there.
  if (caller.kind === "app" && caller.asUser !== undefined && !memberOf(chat, caller.asUser)) {
    throw notFound(`Chat '${chatId}' was not found for user '${caller.asUser}'.`);
  }
  return chat;
}

/** Changes to members apply to group chats only; a one-on-one chat keeps its two users. */
export function assertGroup(chat: ChatRecord, what: string): void {
  if (chat.chatType !== "group") throw badRequest(`${what} is not possible in a one-on-one chat.`);
}
