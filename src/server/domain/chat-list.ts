// Listing a user's chats: the signed-in user's own (GET /chats, /me/chats) or, for applications
// and for oneself, any user's (GET /users/{userId}/chats).
import type { DirectoryUser } from "../directory/directory.js";
import type { ChatCursor, ChatOrder, ChatRecord, Page } from "../store/types.js";
import { sameId } from "./access.js";
import type { Caller } from "./caller.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";

export type ChatListTarget = { readonly kind: "me" } | { readonly kind: "user"; readonly userKey: string };

export interface ChatListQuery {
  readonly order: ChatOrder;
  readonly after?: ChatCursor | undefined;
  readonly limit: number;
  readonly where?: ((chat: ChatRecord) => boolean) | undefined;
}

export function listChats(
  ctx: DomainContext,
  caller: Caller,
  target: ChatListTarget,
  query: ChatListQuery,
): { user: DirectoryUser; page: Page<ChatRecord, ChatCursor> } {
  const user = listOwner(ctx, caller, target);
  return { user, page: ctx.store.listForUser({ userId: user.id, ...query }) };
}

function listOwner(ctx: DomainContext, caller: Caller, target: ChatListTarget): DirectoryUser {
  if (target.kind === "me") {
    if (caller.kind !== "user") throw badRequest("/me request is only valid with delegated authentication flow.");
    return found(ctx.directory.find(caller.userId), caller.userId);
  }
  const user = found(ctx.directory.find(target.userKey), target.userKey);
  if (caller.kind === "user" && !sameId(caller.userId, user.id)) {
    throw forbidden("A signed-in user can only list their own chats; use an application token for other users.");
  }
  return user;
}

function found(user: DirectoryUser | undefined, key: string): DirectoryUser {
  if (!user) throw notFound(`User '${key}' was not found.`);
  return user;
}
