/**
 * The rules a subscription must meet, each in one place: who may watch which resource, how long
 * it may live, what rich notifications need, and the quotas it counts in. subscriptions.ts runs
 * them on create, renewal and reauthorization.
 * Serves: createSubscription, updateSubscription, reauthorizeSubscription (and the permission
 * check of getSubscription and deleteSubscription).
 */
import { parseEncryptionCertificate } from "../notifications/encryption.js";
import type { Quota, WatchedResource } from "../notifications/types.js";
import { memberOf, sameId } from "./access.js";
import type { Caller } from "./caller.js";
import { found } from "./chats.js";
import type { DomainContext } from "./context.js";
import { badRequest, forbidden, notFound } from "./errors.js";
import { canonicalTime } from "./time.js";

type Kind = WatchedResource["kind"];

/**
 * The permissions each resource accepts (teams-changenotifications-*.md, subscription-*.md), with
 * the higher privileges that include the least one; null: delegated tokens are not supported.
 */
const ACCEPTED: Record<Kind, { readonly delegated: readonly string[] | null; readonly application: readonly string[] }> = {
  chatMessages: { delegated: ["Chat.Read", "Chat.ReadWrite"], application: ["Chat.Read.All", "Chat.ReadWrite.All"] },
  allChatMessages: { delegated: null, application: ["Chat.Read.All", "Chat.ReadWrite.All"] },
  userChatMessages: { delegated: ["Chat.Read", "Chat.ReadWrite"], application: ["Chat.Read.All", "Chat.ReadWrite.All"] },
  chats: { delegated: null, application: ["Chat.ReadBasic.All", "Chat.Read.All", "Chat.ReadWrite.All"] },
  chat: {
    delegated: ["Chat.ReadBasic", "Chat.Read", "Chat.ReadWrite"],
    application: ["Chat.ReadBasic.All", "Chat.Read.All", "Chat.ReadWrite.All"],
  },
  chatMembers: { delegated: ["ChatMember.Read", "ChatMember.ReadWrite"], application: ["ChatMember.Read.All", "ChatMember.ReadWrite.All"] },
  allChatMembers: { delegated: null, application: ["ChatMember.Read.All", "ChatMember.ReadWrite.All"] },
};

/** Refuses (403) a caller whose token lacks the permission `resource` needs; worded as permissions.ts words it. */
export function checkWatchPermission(caller: Caller, kind: Kind, resource: string): void {
  const accepted = caller.kind === "user" ? ACCEPTED[kind].delegated : ACCEPTED[kind].application;
  if (accepted === null) {
    throw forbidden(`Subscriptions to '${resource}' need an application token: delegated permissions are not supported for this resource.`);
  }
  const held = caller.kind === "user" ? caller.scopes : caller.roles;
  if (!accepted.some((permission) => held.has(permission))) {
    const kindName = caller.kind === "user" ? "Scopes" : "Roles";
    throw forbidden(
      `Missing scope permissions on the request. API requires one of '${accepted.join(", ")}'. ${kindName} on the request '${[...held].join(", ")}'.`,
    );
  }
}

/**
 * Checks the caller may watch `watched` — permission, then the chat (it exists in the caller's
 * tenant; a signed-in user is a member) or the user (it exists; a signed-in user only themself) —
 * and returns it with the stored chat id and the user's directory id.
 */
export async function authorizeWatch(
  ctx: DomainContext,
  caller: Caller,
  watched: WatchedResource,
  resource: string,
): Promise<WatchedResource> {
  checkWatchPermission(caller, watched.kind, resource);
  switch (watched.kind) {
    case "chatMessages":
    case "chat":
    case "chatMembers": {
      const chat = await ctx.store.getChat(watched.chatId);
      // An application sees its own tenant's chats only; another tenant's do not exist for it.
      if (!chat || !sameId(chat.tenantId, caller.tenantId)) throw notFound(`Chat '${watched.chatId}' was not found.`);
      if (caller.kind === "user" && !memberOf(chat, caller.userId)) throw forbidden("The signed-in user is not a member of this chat.");
      return { ...watched, chatId: chat.id };
    }
    case "userChatMessages": {
      const user = found(ctx, watched.userId);
      if (caller.kind === "user" && !sameId(caller.userId, user.id)) {
        throw forbidden(
          "A signed-in user can only subscribe to their own chats' messages under /users/{userId}; use /me or an application token.",
        );
      }
      return { kind: "userChatMessages", userId: user.id };
    }
    default:
      return watched;
  }
}

/** Chat, chatMessage and conversationMember subscriptions live at most three days (subscription.md). */
export const MAX_LIFETIME_MINUTES = 4320;
/** Past this, Graph requires a lifecycleNotificationUrl (teams-changenotifications-chatmembership.md). */
export const LIFECYCLE_URL_NEEDED_AFTER_MINUTES = 60;

export const LIFECYCLE_URL_REQUIRED =
  "lifecycleNotificationUrl is a required property for subscription creation on this resource when the expirationDateTime value is set to greater than 1 hour";

/** The canonical expiry if `value` is in the future, within the maximum, and lifecycle-covered past an hour. */
export function checkExpiration(value: string, now: Date, lifecycleNotificationUrl: string | null): string {
  const expiry = canonicalTime(value, "expirationDateTime");
  const minutesAhead = (Date.parse(expiry) - now.getTime()) / 60_000;
  if (minutesAhead <= 0) {
    throw badRequest(`Subscription expiration must be in the future: expirationDateTime '${value}' is not after ${now.toISOString()}.`);
  }
  if (minutesAhead > MAX_LIFETIME_MINUTES) {
    throw badRequest(
      `Subscription expiration can only be ${MAX_LIFETIME_MINUTES} minutes in the future: expirationDateTime '${value}' is ` +
        `${Math.ceil(minutesAhead)} minutes after ${now.toISOString()}.`,
    );
  }
  if (minutesAhead > LIFECYCLE_URL_NEEDED_AFTER_MINUTES && lifecycleNotificationUrl === null) {
    throw badRequest(`${LIFECYCLE_URL_REQUIRED}.`);
  }
  return expiry;
}

export interface EncryptionFields {
  readonly includeResourceData: boolean;
  readonly encryptionCertificate: string | null;
  readonly encryptionCertificateId: string | null;
}

/** Rich notifications need a usable RSA certificate and the app's id for it; a given certificate must parse. */
export function checkEncryption(fields: EncryptionFields): void {
  if (fields.encryptionCertificate !== null) {
    try {
      parseEncryptionCertificate(fields.encryptionCertificate);
    } catch (error) {
      throw badRequest(error instanceof Error ? error.message : "encryptionCertificate is not a usable certificate");
    }
  }
  if (fields.includeResourceData && (fields.encryptionCertificate === null || fields.encryptionCertificateId === null)) {
    throw badRequest(
      "encryptionCertificate and encryptionCertificateId are required when includeResourceData is true: " +
        "resource data is sent encrypted for that certificate (change-notifications-with-resource-data.md).",
    );
  }
}

/** Graph echoes these as "" when unset; both mean none. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === "" ? null : value;
}

export const CHAT_RESOURCE_LIMIT = 1;
export const USER_MESSAGES_LIMIT = 10;
export const TENANT_LIMIT = 10_000;

/** The quota buckets a new subscription counts in (teams-changenotifications-chatmessage.md's limits). */
export function quotasFor(tenantId: string, appId: string, watched: WatchedResource, resource: string): Quota[] {
  const quotas: Quota[] = [];
  if (watched.kind === "chatMessages" || watched.kind === "chat" || watched.kind === "chatMembers") {
    // The chat resource, whatever $filter it carries: one per app (a second one would be the same stream).
    quotas.push({
      key: `app:${appId.toLowerCase()}:${watched.kind}:${watched.chatId}`,
      limit: CHAT_RESOURCE_LIMIT,
      message: `This application already has a subscription to '${resource}': only ${CHAT_RESOURCE_LIMIT} subscription per application per chat resource is allowed.`,
    });
  }
  if (watched.kind === "userChatMessages") {
    quotas.push({
      key: `user:${watched.userId.toLowerCase()}:allMessages`,
      limit: USER_MESSAGES_LIMIT,
      message: `The user '${watched.userId}' already has ${USER_MESSAGES_LIMIT} subscriptions to /users/{id}/chats/getAllMessages (counting every application); that is the limit.`,
    });
  }
  quotas.push({
    key: `tenant:${tenantId.toLowerCase()}`,
    limit: TENANT_LIMIT,
    message: `The tenant already has ${TENANT_LIMIT.toLocaleString("en-US")} subscriptions to chat resources; that is the limit.`,
  });
  return quotas;
}
