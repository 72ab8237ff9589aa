// Lifecycle of subscriptions over time: expiry removes them, and `reauthorizationRequired` goes to
// the lifecycle URL when a subscription nears its end or the token that made it expires
// (change-notifications-lifecycle-events.md). Each event is sent once per renewal: recording it
// through SubscriptionStore.update, which serialises writers, makes a sweep on every instance safe.
import type { NotificationContext } from "./context.js";
import type { NewDelivery, SubscriptionRecord } from "./types.js";

export type LifecycleEvent = "reauthorizationRequired" | "subscriptionRemoved";

/** The lifecycle notification for a subscription, queued behind its earlier lifecycle events. */
export function lifecycleDelivery(subscription: SubscriptionRecord, event: LifecycleEvent, now: string): NewDelivery | undefined {
  if (subscription.lifecycleNotificationUrl === null) return undefined;
  const notification = {
    subscriptionId: subscription.id,
    subscriptionExpirationDateTime: subscription.expirationDateTime,
    tenantId: subscription.tenantId,
    clientState: subscription.clientState,
    lifecycleEvent: event,
  };
  return {
    subscriptionId: subscription.id,
    kind: "lifecycle",
    url: subscription.lifecycleNotificationUrl,
    body: JSON.stringify({ value: [notification] }),
    orderKey: `${subscription.id}|lifecycle`,
    createdDateTime: now,
  };
}

/** Removes a subscription the service ended itself, telling its lifecycle URL (`subscriptionRemoved`). */
export async function removeSubscription(n: NotificationContext, subscription: SubscriptionRecord, reason: string): Promise<void> {
  const now = n.clock().toISOString();
  if (!(await n.subscriptions.delete(subscription.id))) return;
  await n.deliveries.cancel(subscription.id, reason, now);
  const notice = lifecycleDelivery(subscription, "subscriptionRemoved", now);
  if (notice) await n.deliveries.enqueue([notice]);
}

/** One pass over every subscription: drop the expired, ask for reauthorization where due. */
export async function sweepSubscriptions(n: NotificationContext): Promise<void> {
  const subscriptions = await n.subscriptions.all();
  if (subscriptions.length === 0) return;
  const now = n.clock();
  const iso = now.toISOString();
  for (const subscription of subscriptions) {
    if (subscription.expirationDateTime <= iso) {
      // Expired subscriptions stop and disappear; Graph sends no lifecycle event for that.
      if (await n.subscriptions.delete(subscription.id)) await n.deliveries.cancel(subscription.id, "subscription expired", iso);
      continue;
    }
    const due = dueReasons(subscription, now.getTime(), n.settings.reauthorizationNoticeMs);
    if (due.length === 0 || subscription.lifecycleNotificationUrl === null) continue;
    const marked = await n.subscriptions.update(subscription.id, (current) => {
      const fresh = due.filter((reason) => !current.lifecycleSent.includes(reason));
      return fresh.length === 0 ? undefined : { ...current, lifecycleSent: [...current.lifecycleSent, ...fresh] };
    });
    const notice = marked && lifecycleDelivery(marked, "reauthorizationRequired", iso);
    if (notice) await n.deliveries.enqueue([notice]);
  }
}

function dueReasons(subscription: SubscriptionRecord, now: number, noticeMs: number): ("expiry" | "authorization")[] {
  const reasons: ("expiry" | "authorization")[] = [];
  if (Date.parse(subscription.expirationDateTime) - now <= noticeMs && !subscription.lifecycleSent.includes("expiry"))
    reasons.push("expiry");
  if (Date.parse(subscription.authorizationExpiresDateTime) <= now && !subscription.lifecycleSent.includes("authorization"))
    reasons.push("authorization");
  return reasons;
}
