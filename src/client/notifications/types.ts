// replaced by generated schema types when the spec has them
// Minimal structural shapes of what Graph POSTs to a notificationUrl and a
// lifecycleNotificationUrl (resources/changenotification.md and its collection), enough to
// type a receiver; members Graph documents as optional or nullable are so here.

export type ChangeType = "created" | "updated" | "deleted";

export type LifecycleEvent = "reauthorizationRequired" | "subscriptionRemoved" | "missed";

/** Graph's changeNotificationEncryptedContent: the resource, encrypted to your certificate. */
export interface ChangeNotificationEncryptedContent {
  data: string;
  dataSignature: string;
  dataKey: string;
  encryptionCertificateId: string;
  encryptionCertificateThumbprint: string;
}

/** The changed resource's identity; e.g. `@odata.type` `#Microsoft.Graph.chatMessage`. */
export interface ResourceData {
  id?: string;
  "@odata.type"?: string;
  "@odata.id"?: string;
  "@odata.etag"?: string;
  [property: string]: unknown;
}

export interface ChangeNotification {
  id?: string | null;
  subscriptionId: string;
  changeType: ChangeType;
  clientState?: string | null;
  tenantId: string;
  subscriptionExpirationDateTime: string;
  /** Relative to the Graph base URL, e.g. `chats('19:…@thread.v2')/messages('1612289765949')`. */
  resource: string;
  resourceData?: ResourceData | null;
  /** Present on rich notifications (subscriptions with includeResourceData). */
  encryptedContent?: ChangeNotificationEncryptedContent | null;
}

/** The body of one POST to a notificationUrl. */
export interface ChangeNotificationCollection {
  value: ChangeNotification[];
  /** One JWT per app and tenant in the batch, present when resource data is included. */
  validationTokens?: string[];
}

export interface LifecycleNotification {
  subscriptionId: string;
  subscriptionExpirationDateTime: string;
  tenantId: string;
  clientState?: string | null;
  lifecycleEvent: LifecycleEvent;
}

/** The body of one POST to a lifecycleNotificationUrl. */
export interface LifecycleNotificationCollection {
  value: LifecycleNotification[];
}
