// What a delivery's body is when it is sent: change notifications go only while their
// subscription lives, and a rich one gets `validationTokens` signed now — a token minted at
// enqueue could have expired by a retry hours later.
import type { NotificationContext } from "./context.js";
import type { NotificationKeys } from "./keys.js";
import type { BodyFinisher } from "./worker.js";

export function finishBodies(n: NotificationContext, keys: NotificationKeys): BodyFinisher {
  return async (delivery) => {
    if (delivery.kind === "lifecycle") return delivery.body;
    const subscription = await n.subscriptions.get(delivery.subscriptionId);
    const now = n.clock();
    if (!subscription || subscription.expirationDateTime <= now.toISOString()) return undefined;
    if (!subscription.includeResourceData) return delivery.body;
    const token = await keys.sign(subscription.tenantId, subscription.appId, now);
    // The stored body is `{"value":[…]}`; the tokens go beside `value`, as Graph sends them.
    return `${delivery.body.slice(0, -1)},"validationTokens":${JSON.stringify([token])}}`;
  };
}
