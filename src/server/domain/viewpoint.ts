// A member's own view of a chat: hidden or not, and read up to when. Only the signed-in user
// can change their own view; the chat itself (and everyone else's view) stays as it is.
import type { ChatRecord, MemberRecord } from "../store/types.js";
import { accessibleChat, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { mustExist } from "./chats.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden } from "./errors.js";
import { canonicalTime } from "./time.js";

export interface UserReference {
  readonly id: string;
  readonly tenantId?: string | null | undefined;
}

export type ViewpointChange =
  | { readonly kind: "hide" }
  | { readonly kind: "unhide" }
  | { readonly kind: "markRead" }
  | { readonly kind: "markUnread"; readonly lastMessageReadDateTime?: string | undefined };

export function changeViewpoint(
  ctx: DomainContext,
  caller: Caller,
  chatId: string,
  user: UserReference,
  change: ViewpointChange,
): ChatRecord {
  const chat = accessibleChat(ctx, caller, chatId);
  const target = ctx.directory.find(user.id);
  if (!target) throw badRequest(`User '${user.id}' was not found in the directory.`);
  if (user.tenantId != null && !sameId(user.tenantId, target.tenantId)) {
    throw badRequest(`User '${user.id}' does not belong to tenant '${user.tenantId}'.`);
  }
  if (caller.kind !== "user" || !sameId(caller.userId, target.id)) {
    throw forbidden("A chat can only be hidden, unhidden or marked for the signed-in user.");
  }
  const now = ctx.clock().toISOString();
  const apply = (member: MemberRecord): MemberRecord => {
    switch (change.kind) {
      case "hide":
        return { ...member, isHidden: true };
      case "unhide":
        return { ...member, isHidden: false };
      case "markRead":
        return { ...member, lastMessageReadDateTime: now };
      case "markUnread":
        return {
          ...member,
          lastMessageReadDateTime: change.lastMessageReadDateTime
            ? canonicalTime(change.lastMessageReadDateTime, "lastMessageReadDateTime")
            : null,
        };
    }
  };
  return mustExist(
    ctx.store.update(chat.id, (current) => ({
      ...current,
      members: current.members.map((m) => (sameId(m.userId, target.id) ? apply(m) : m)),
    })),
    chatId,
  );
}
