// Where a delivery goes and what it carries when it is sent: change notifications go only while
// their subscription lives, to its notificationUrl as it is now (a PATCH may have moved it since
// the change), and a rich one gets `validationTokens` signed now — a token minted at enqueue
// could have expired by a retry hours later.
import type { NotificationContext } from "./context.js";
import type { NotificationKeys } from "./keys.js";
import type { BodyFinisher } from "./worker.js";

export function finishBodies(n: NotificationContext, keys: NotificationKeys): BodyFinisher {
  return async (delivery) => {
    if (delivery.kind === "lifecycle") return { url: delivery.url, body: delivery.body };
    const subscription = await n.subscriptions.get(delivery.subscriptionId);
    const now = n.clock();
    if (!subscription || subscription.expirationDateTime <= now.toISOString()) return undefined;
    const url = subscription.notificationUrl;
    if (!subscription.includeResourceData) return { url, body: delivery.body };
    const token = await keys.sign(subscription.tenantId, subscription.appId, now);
    // The stored body is `{"value":[…]}`; the tokens go beside `value`, as Graph sends them.
    return { url, body: `${delivery.body.slice(0, -1)},"validationTokens":${JSON.stringify([token])}}` };
  };
}
