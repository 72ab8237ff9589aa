/**
 * A member's own view of a chat: hidden or not, and read up to when. Only the signed-in user can
 * change their own view; the chat itself (and everyone else's view) stays as it is.
 * Serves: hideChatForUser, unhideChatForUser, markChatReadForUser, markChatUnreadForUser.
 */
import type { ChatRecord, MemberRecord } from "../store/types.js";
import { accessible, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden } from "./errors.js";
import { lastMessageSeenBy } from "./messages.js";
import type { UserReference } from "./inputs.js";
import { canonicalTime } from "./time.js";

export type ViewpointChange =
  | { readonly kind: "hide" }
  | { readonly kind: "unhide" }
  | { readonly kind: "markRead" }
  | { readonly kind: "markUnread"; readonly lastMessageReadDateTime?: string | undefined };

/** Applies `change` to the signed-in user's view of the chat. */
export async function changeViewpoint(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  user: UserReference,
  change: ViewpointChange,
): Promise<void> {
  const target = ctx.directory.find(user.id);
  const readAt = change.kind === "markUnread" && change.lastMessageReadDateTime;
  const given = readAt ? canonicalTime(readAt, "lastMessageReadDateTime") : undefined;
  const now = ctx.clock().toISOString();
  return ctx.store.change(chatId, (current) => {
    const chat = accessible(caller, current, chatId);
    if (!target) throw badRequest(`User '${user.id}' was not found in the directory.`);
    if (user.tenantId != null && !sameId(user.tenantId, target.tenantId)) {
      throw badRequest(`User '${user.id}' does not belong to tenant '${user.tenantId}'.`);
    }
    if (caller.kind !== "user" || !sameId(caller.userId, target.id)) {
      throw forbidden("A chat can only be hidden, unhidden or marked for the signed-in user.");
    }
    const apply = (member: MemberRecord): MemberRecord => {
      switch (change.kind) {
        case "hide":
          return { ...member, isHidden: true };
        case "unhide":
          return { ...member, isHidden: false };
        case "markRead":
          return { ...member, lastMessageReadDateTime: now };
        case "markUnread":
          return { ...member, lastMessageReadDateTime: given ?? justBeforeLastMessage(caller, chat) };
      }
    };
    const next: ChatRecord = { ...chat, members: chat.members.map((m) => (sameId(m.userId, target.id) ? apply(m) : m)) };
    return { chat: next, result: undefined };
  });
}

/**
 * Without a time, only the last message becomes unread (chat-markchatunreadforuser.md): the read
 * mark moves to just before it. A chat with no message the user can see has nothing read.
 */
function justBeforeLastMessage(caller: Caller, chat: ChatRecord): string | null {
  const last = lastMessageSeenBy(caller, chat);
  return last ? new Date(Date.parse(last.createdDateTime) - 1).toISOString() : null;
}
