// What the server keeps about change-notification subscriptions and their pending deliveries,
// and the storage interfaces every engine (memory, PostgreSQL) implements. Storage records, not
// API shapes: the handlers render the `subscription` resource from them.

export type ChangeType = "created" | "updated" | "deleted";

/** What a subscription watches, parsed from its `resource` once at create. */
export type WatchedResource =
  | { readonly kind: "chatMessages"; readonly chatId: string }
  | { readonly kind: "allChatMessages" }
  | { readonly kind: "userChatMessages"; readonly userId: string }
  | { readonly kind: "chats" }
  | { readonly kind: "chat"; readonly chatId: string }
  | { readonly kind: "chatMembers"; readonly chatId: string }
  | { readonly kind: "allChatMembers" };

export interface SubscriptionRecord {
  /** A GUID. */
  readonly id: string;
  readonly tenantId: string;
  /** The application that made it (the token's `appid`/`azp`); only that app sees it. */
  readonly appId: string;
  /** The signed-in user of a delegated subscription (it hears only what they may read); null for an application's. */
  readonly userId: string | null;
  /** As the subscriber gave it. */
  readonly resource: string;
  readonly watched: WatchedResource;
  /** Only messages mentioning this user (`$filter=mentions/any(u: u/mentioned/user/id eq '…')`). */
  readonly mentionedUserId: string | null;
  /** As given (comma-joined), and parsed. */
  readonly changeType: string;
  readonly changeTypes: readonly ChangeType[];
  readonly notificationUrl: string;
  readonly lifecycleNotificationUrl: string | null;
  readonly clientState: string | null;
  readonly expirationDateTime: string;
  readonly includeResourceData: boolean;
  readonly encryptionCertificate: string | null;
  readonly encryptionCertificateId: string | null;
  readonly latestSupportedTlsVersion: string | null;
  readonly createdDateTime: string;
  /** When the token that made (or last reauthorized) it expires; `reauthorizationRequired` is due then. */
  readonly authorizationExpiresDateTime: string;
  /** Lifecycle events already sent since the last renewal or reauthorization, so each is sent once. */
  readonly lifecycleSent: readonly ("expiry" | "authorization")[];
  /** The chat it is about, if one: fan-out reads a chat's subscriptions and the tenant-wide ones. */
  readonly chatId: string | null;
  /** The quota buckets it counts in (see {@link Quota}). */
  readonly quotaKeys: readonly string[];
}

/** At most `limit` subscriptions may count in bucket `key`; the insert that would pass it is refused. */
export interface Quota {
  readonly key: string;
  readonly limit: number;
  /** The 403's message. */
  readonly message: string;
}

export interface SubscriptionPageQuery {
  readonly appId: string;
  /** Only those made for this user (a delegated caller lists their own). */
  readonly userId?: string | undefined;
  /** Ids after this one (ascending id order). */
  readonly after?: string | undefined;
  readonly limit: number;
}

export interface SubscriptionStore {
  /** Stores it unless a quota it counts in is full: then rejects with {@link QuotaExceededError}. Atomic across instances. */
  insert(record: SubscriptionRecord, quotas: readonly Quota[]): Promise<void>;
  get(id: string): Promise<SubscriptionRecord | undefined>;
  /** A page in id order; `next` set when more follow. */
  list(query: SubscriptionPageQuery): Promise<{ items: readonly SubscriptionRecord[]; next?: string | undefined }>;
  /**
   * Replaces the record with what `fn` returns (under a lock: concurrent updates serialise);
   * resolves to the stored record, or undefined when there is none or `fn` returned undefined.
   */
  update(id: string, fn: (current: SubscriptionRecord) => SubscriptionRecord | undefined): Promise<SubscriptionRecord | undefined>;
  /** Resolves true when it existed. */
  delete(id: string): Promise<boolean>;
  /** The subscriptions about this chat plus every tenant-wide one (chatId null), unexpired at `now`. */
  forChat(chatId: string, now: string): Promise<readonly SubscriptionRecord[]>;
  /** Every subscription, for lifecycle sweeps (expiry, reauthorization). */
  all(): Promise<readonly SubscriptionRecord[]>;
  clear(): Promise<void>;
}

export class QuotaExceededError extends Error {
  override name = "QuotaExceededError";
  constructor(readonly quota: Quota) {
    super(quota.message);
  }
}

export type DeliveryState = "pending" | "delivered" | "dropped" | "cancelled";

/** One try at delivering: when, and the receiver's status or why it failed. */
export interface DeliveryAttempt {
  readonly at: string;
  readonly status?: number | undefined;
  readonly error?: string | undefined;
  readonly durationMs: number;
}

export interface NewDelivery {
  readonly subscriptionId: string;
  readonly kind: "change" | "lifecycle";
  readonly url: string;
  /** The JSON body, serialised once at enqueue. */
  readonly body: string;
  /** Deliveries with one key are made in enqueue order: the next waits until the one before is settled. */
  readonly orderKey: string;
  readonly createdDateTime: string;
}

export interface DeliveryRecord extends NewDelivery {
  readonly id: string;
  /** Enqueue order. */
  readonly seq: number;
  readonly state: DeliveryState;
  readonly nextAttemptDateTime: string;
  readonly attempts: readonly DeliveryAttempt[];
  readonly settledDateTime: string | null;
  /** Why it was dropped or cancelled. */
  readonly reason: string | null;
}

export type DeliveryOutcome =
  | { readonly state: "delivered"; readonly attempt: DeliveryAttempt }
  | { readonly state: "pending"; readonly attempt: DeliveryAttempt; readonly nextAttemptDateTime: string }
  | { readonly state: "dropped"; readonly attempt?: DeliveryAttempt | undefined; readonly reason: string };

export interface DeliveryQueue {
  enqueue(items: readonly NewDelivery[]): Promise<void>;
  /**
   * Takes up to `limit` deliveries due at `now` — per order key only the oldest unsettled one —
   * for this caller alone for `leaseMs` (another instance's claim skips them; after the lease
   * they are due again, so a crashed instance's deliveries are not lost).
   */
  claim(now: string, limit: number, leaseMs: number): Promise<readonly DeliveryRecord[]>;
  settle(id: string, outcome: DeliveryOutcome, now: string): Promise<void>;
  /** Cancels the subscription's unsettled deliveries (it was deleted or expired). */
  cancel(subscriptionId: string, reason: string, now: string): Promise<void>;
  /** Recent deliveries, settled or not, oldest first (at most the last `limit`). */
  journal(limit: number): Promise<readonly DeliveryRecord[]>;
  /** When the next pending delivery is due, if any. */
  nextDue(): Promise<string | undefined>;
  /** Deliveries dropped because the queue was full (memory only; always 0 for a database). */
  readonly overflowDropped: number;
  /** Calls `listener` when deliveries were enqueued by any instance (a database NOTIFYs the others). */
  onEnqueued(listener: () => void): void;
  clear(): Promise<void>;
}
