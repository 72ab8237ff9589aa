// Subscriptions as cases and checks set them up: a fresh chat to watch, the server's own "now"
// (the reference server's clock may be set, and a lifetime is judged by the server's clock), the
// subscription a caller's permission lets it make, and deleting what a check made.
import { asUser, memberId, type SuiteContext } from "./context.js";
import type { Exchange } from "./exchange.js";
import { createGroupChat } from "./fixtures.js";
import { expectStatus, seg } from "./http.js";
import type { Receiver } from "./receiver.js";
import type { Chat, Subscription } from "./schemas.js";
import type { TokenKind } from "./types.js";

/** The run's receiver; cases and checks that need one are only run when there is one. */
export function receiverOf(ctx: SuiteContext): Receiver {
  if (!ctx.receiver) throw new Error("this check needs the notification receiver, and the run has none");
  return ctx.receiver;
}

/**
 * A new group chat of members 0–2, made by member 0, and the server's time then (its
 * createdDateTime): a new chat for each subscription, since an application may have only one per
 * chat resource.
 */
export async function watchedChat(ctx: SuiteContext): Promise<{ chat: Chat; now: number }> {
  const chat = await createGroupChat(ctx, [memberId(ctx, 0), memberId(ctx, 1), memberId(ctx, 2)], "notifications");
  return { chat, now: Date.parse(chat.createdDateTime) };
}

/** Member 0 watching a chat's messages, with the least permission that allows it. */
export const watcher = (ctx: SuiteContext): TokenKind => asUser(memberId(ctx, 0), ["Chat.Read"]);

/** `now` plus some minutes, as an expirationDateTime. */
export const inMinutes = (now: number, minutes: number): string => new Date(now + minutes * 60_000).toISOString();

export const subscriptionPath = (id: string, suffix = ""): string => `/subscriptions/${seg(id)}${suffix}`;

export const postSubscription = (ctx: SuiteContext, body: unknown, as: TokenKind): Promise<Exchange> =>
  ctx.http.send({ op: "createSubscription", method: "POST", path: "/subscriptions", body, as });

/** Creates a subscription, failing the check unless it is a 201; the subscription. */
export async function subscribe(
  ctx: SuiteContext,
  body: unknown,
  as: TokenKind,
  why = "setup: creating a subscription",
): Promise<Subscription> {
  const created = await postSubscription(ctx, body, as);
  expectStatus(created, [201], why);
  return created.json as Subscription;
}

/** Deletes a subscription, whatever the answer: clean-up, whose failure must not hide the check's own. */
export async function unsubscribe(ctx: SuiteContext, id: string, as: TokenKind): Promise<void> {
  await ctx.http.exchange({ op: "deleteSubscription", method: "DELETE", path: subscriptionPath(id), as }).catch(() => undefined);
}

/** A subscription to a chat's new messages for half an hour: no lifecycleNotificationUrl needed. */
export function messagesBody(chatId: string, notificationUrl: string, now: number, extra: Record<string, unknown> = {}) {
  return {
    changeType: "created",
    notificationUrl,
    resource: `/chats/${chatId}/messages`,
    expirationDateTime: inMinutes(now, 30),
    ...extra,
  };
}

/** What a permission lets a caller watch in a chat: the part after `/chats/{id}` and a change type. */
const WATCHABLE: Record<string, { suffix: string; changeType: string }> = {
  "Chat.ReadBasic": { suffix: "", changeType: "updated" },
  "Chat.ReadBasic.All": { suffix: "", changeType: "updated" },
  "Chat.Read": { suffix: "/messages", changeType: "created" },
  "Chat.ReadWrite": { suffix: "/messages", changeType: "created" },
  "Chat.Read.All": { suffix: "/messages", changeType: "created" },
  "Chat.ReadWrite.All": { suffix: "/messages", changeType: "created" },
  "ChatMember.Read": { suffix: "/members", changeType: "created" },
  "ChatMember.ReadWrite": { suffix: "/members", changeType: "created" },
  "ChatMember.Read.All": { suffix: "/members", changeType: "created" },
  "ChatMember.ReadWrite.All": { suffix: "/members", changeType: "created" },
};

/** A subscription made for a case, and who can delete it. */
export interface MadeSubscription {
  id: string;
  creator: TokenKind;
  resource: string;
  notificationUrl: string;
  now: number;
}

/**
 * A subscription that `caller` may read and change: to a new chat, on the resource its one
 * permission covers. Subscription.Read.All only reads, so the same user makes it with Chat.Read.
 */
export async function subscriptionFor(ctx: SuiteContext, caller: TokenKind): Promise<MadeSubscription> {
  const permission = ("app" in caller ? caller.roles[0] : caller.scopes[0]) ?? "";
  const creator = !("app" in caller) && permission === "Subscription.Read.All" ? asUser(caller.user, ["Chat.Read"]) : caller;
  const watch = WATCHABLE[permission] ?? (permission === "Subscription.Read.All" ? WATCHABLE["Chat.Read"] : undefined);
  if (!watch) throw new Error(`no chat resource is known to be watchable with ${permission}`);
  const { chat, now } = await watchedChat(ctx);
  const notificationUrl = receiverOf(ctx).endpoint();
  const resource = `/chats/${chat.id}${watch.suffix}`;
  const body = { changeType: watch.changeType, notificationUrl, resource, expirationDateTime: inMinutes(now, 30), clientState: "contract" };
  const made = await subscribe(ctx, body, creator);
  return { id: made.id ?? "", creator, resource, notificationUrl, now };
}
