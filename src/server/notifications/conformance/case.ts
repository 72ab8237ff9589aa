// One notification-storage conformance case: a name that says the behaviour, and a run that
// rejects when the storage does not behave so. Runner-neutral (node:assert).
import type { DeliveryQueue, SubscriptionStore } from "../types.js";

export interface NotificationStorage {
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryQueue;
  /**
   * The same storage as a second server instance sees it (for a database: other objects on another
   * pool, with their own LISTEN connection; for memory, which has one instance: the same objects).
   * Cases race the two to show that what holds within one instance holds across instances.
   */
  readonly other: { readonly subscriptions: SubscriptionStore; readonly deliveries: DeliveryQueue };
}

export interface NotificationConformanceCase {
  readonly name: string;
  /** Gets fresh, empty storage. */
  run(storage: NotificationStorage): Promise<void>;
}
