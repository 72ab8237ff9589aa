// The notification-storage conformance suite: what every SubscriptionStore and DeliveryQueue
// engine must do, one case per behaviour, each on fresh, empty storage. test/notifications/ runs
// it against memory and PostgreSQL; an engine of your own can run it with any test runner.
import type { NotificationConformanceCase } from "./case.js";
import { deliveryCases } from "./deliveries.js";
import { instanceCases } from "./instances.js";
import { subscriptionCases } from "./subscriptions.js";

export type { NotificationConformanceCase, NotificationStorage } from "./case.js";

export const notificationConformanceCases: readonly NotificationConformanceCase[] = [
  ...subscriptionCases,
  ...deliveryCases,
  ...instanceCases,
];
