/**
 * Operations addressed through a user — `/me/chats/{chatId}…` and `/users/{userId}/chats/{chatId}…`,
 * the aliases Graph documents beside `/chats/{chatId}…` — run as the canonical operation for a
 * caller narrowed to that user: a signed-in user may only address themself; an application
 * addresses a member of the chat (access.ts then requires that membership).
 * Serves: every operationId ending in ForMe or ForUser (x-graph-alias-of).
 */
import { sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { found } from "./chats.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden } from "./errors.js";

export type Addressing = { readonly kind: "me" } | { readonly kind: "user"; readonly userKey: string };

/** The caller the canonical operation runs for, or the error Graph answers for this address. */
export function addressedCaller(ctx: DomainContext, caller: Caller, addressing: Addressing): Caller {
  if (addressing.kind === "me") {
    if (caller.kind !== "user") throw badRequest("/me request is only valid with delegated authentication flow.");
    return caller;
  }
  const user = found(ctx, addressing.userKey);
  if (caller.kind === "user") {
    if (!sameId(caller.userId, user.id))
      throw forbidden("A signed-in user can only address their own chats under /users/{userId}; use /me or an application token.");
    return caller;
  }
  return { ...caller, asUser: user.id };
}
