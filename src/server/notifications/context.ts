// Everything the subscription rules and the delivery worker share, injected like DomainContext.
import type { NotificationSettings } from "./settings.js";
import type { DeliveryQueue, SubscriptionStore } from "./types.js";

export interface NotificationContext {
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryQueue;
  readonly settings: NotificationSettings;
  /** The server's clock (the harness can move it forward: expiry, lifecycle events, retries). */
  readonly clock: () => Date;
}
