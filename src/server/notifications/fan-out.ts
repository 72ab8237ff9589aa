// From change events to deliveries: which subscriptions hear of a change (what they watch, the
// change types they asked for, what their user may read, mentions), and the notification each
// one gets. Runs off the request path, one event batch after another, so deliveries are queued
// in the order the writes committed.
import { memberOf, sameId } from "../domain/access.js";
import { visibleTo } from "../domain/messages.js";
import type { ChatRecord } from "../store/types.js";
import type { ChangeEvent } from "./events.js";
import type { NewDelivery, SubscriptionRecord } from "./types.js";

/** The changed resource as a GET of it would return it to the subscriber (rich notifications). */
export type ResourceRenderer = (event: ChangeEvent, viewerId: string | null) => unknown;

/** Encrypts a rendered resource for a subscription's certificate (null: it has none). */
export type ContentEncrypter = (subscription: SubscriptionRecord, json: string) => unknown;

const ODATA_TYPES = {
  message: "#Microsoft.Graph.chatMessage",
  chat: "#microsoft.graph.chat",
  member: "#microsoft.graph.aadUserConversationMember",
} as const;

/** Whether the subscription hears of the event at all (what it watches, change types, access). */
export function hears(subscription: SubscriptionRecord, event: ChangeEvent, now: string): boolean {
  if (subscription.expirationDateTime <= now) return false;
  if (!subscription.changeTypes.includes(event.changeType)) return false;
  if (!watches(subscription, event)) return false;
  if (!sameId(subscription.tenantId, event.chat.tenantId)) return false;
  return mayRead(subscription, event);
}

function watches({ watched }: SubscriptionRecord, event: ChangeEvent): boolean {
  switch (watched.kind) {
    case "chatMessages":
      return event.kind === "message" && sameId(watched.chatId, event.chat.id);
    case "allChatMessages":
      return event.kind === "message";
    case "userChatMessages":
      return event.kind === "message" && reads(watched.userId, event.chat, event);
    case "chats":
      return event.kind === "chat";
    case "chat":
      return event.kind === "chat" && sameId(watched.chatId, event.chat.id);
    case "chatMembers":
      return event.kind === "member" && sameId(watched.chatId, event.chat.id);
    case "allChatMembers":
      return event.kind === "member";
  }
}

/** A delegated subscription hears only what its user may read now; an application's, its tenant's. */
function mayRead(subscription: SubscriptionRecord, event: ChangeEvent): boolean {
  if (subscription.userId !== null && !reads(subscription.userId, event.chat, event)) return false;
  if (event.kind !== "message" || subscription.mentionedUserId === null) return true;
  const mentioned = subscription.mentionedUserId;
  return event.message.mentions.some((m) => typeof m.mentioned?.user?.id === "string" && sameId(m.mentioned.user.id, mentioned));
}

function reads(userId: string, chat: ChatRecord, event: ChangeEvent): boolean {
  // A member removed from a chat is no longer told of it; a delegated subscription to that chat
  // ends with subscriptionRemoved instead (service.ts).
  if (!memberOf(chat, userId)) return false;
  return event.kind !== "message" || visibleTo({ kind: "user", userId }, chat, event.message);
}

/** `chats('19:…')/messages('…')` — how Graph names the changed resource (not URL-encoded). */
export function resourcePath(event: ChangeEvent): { path: string; id: string; type: string } {
  const chat = `chats('${event.chat.id}')`;
  switch (event.kind) {
    case "message":
      return { path: `${chat}/messages('${event.message.id}')`, id: event.message.id, type: ODATA_TYPES.message };
    case "member":
      return { path: `${chat}/members('${event.member.id}')`, id: event.member.id, type: ODATA_TYPES.member };
    case "chat":
      return { path: chat, id: event.chat.id, type: ODATA_TYPES.chat };
  }
}

export interface NotificationParts {
  readonly render: ResourceRenderer;
  readonly encrypt: ContentEncrypter;
}

/** The delivery of one event to one subscription: one notification, one POST. */
export function deliveryFor(subscription: SubscriptionRecord, event: ChangeEvent, parts: NotificationParts, now: string): NewDelivery {
  const { path, id, type } = resourcePath(event);
  const notification = {
    subscriptionId: subscription.id,
    changeType: event.changeType,
    clientState: subscription.clientState,
    subscriptionExpirationDateTime: subscription.expirationDateTime,
    resource: path,
    resourceData: { id, "@odata.type": type, "@odata.id": path },
    tenantId: subscription.tenantId,
    ...(subscription.includeResourceData && {
      encryptedContent: parts.encrypt(subscription, JSON.stringify(parts.render(event, subscription.userId))),
    }),
  };
  return {
    subscriptionId: subscription.id,
    kind: "change",
    url: subscription.notificationUrl,
    body: JSON.stringify({ value: [notification] }),
    // A chat's changes reach each subscriber in the order they were made.
    orderKey: `${subscription.id}|${event.chat.id}`,
    createdDateTime: now,
  };
}
