// What Graph POSTs to a notificationUrl and a lifecycleNotificationUrl, from the contract's
// schemas (openapi.yaml `webhooks`), so a receiver is typed by the same source as the API.
import type { components } from "../../../generated/schema.js";

type Schemas = components["schemas"];

export type ChangeNotification = Schemas["changeNotification"];
export type ChangeType = ChangeNotification["changeType"];
/** The changed resource's identity; e.g. `@odata.type` `#Microsoft.Graph.chatMessage`. */
export type ResourceData = Schemas["resourceData"];
/** Graph's changeNotificationEncryptedContent: the resource, encrypted to your certificate. */
export type ChangeNotificationEncryptedContent = Schemas["changeNotificationEncryptedContent"];
/** The body of one POST to a notificationUrl. */
export type ChangeNotificationCollection = Schemas["changeNotificationCollection"];
export type LifecycleNotification = Schemas["lifecycleNotification"];
export type LifecycleEvent = LifecycleNotification["lifecycleEvent"];
/** The body of one POST to a lifecycleNotificationUrl. */
export type LifecycleNotificationCollection = Schemas["lifecycleNotificationCollection"];
