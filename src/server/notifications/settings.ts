// The knobs of change notifications, each also an environment variable (config.ts) and a
// startServer option; README's "Change notifications" table lists them with these defaults.

export interface NotificationSettings {
  /**
   * Hosts (`host` or `host:port`) besides loopback that notifications may be sent to, and then
   * only over https (NOTIFICATION_ALLOWED_HOSTS). Anything else is refused at create: a server
   * that POSTs wherever a token holder asks would be an SSRF hole.
   */
  readonly allowedHosts: readonly string[];
  /** How long a notification URL has to answer the validation request (Graph: 10 s). */
  readonly validationTimeoutMs: number;
  /** How long a receiver has to answer a delivery with 2xx (Graph: 3 s). */
  readonly deliveryTimeoutMs: number;
  /** Waits before the 2nd, 3rd, … attempt; the last repeats until `retryWindowMs` has passed. */
  readonly retryDelaysMs: readonly number[];
  /** How long after the change a delivery is retried before it is dropped (Graph: 4 hours). */
  readonly retryWindowMs: number;
  /** Memory store only: unsettled deliveries kept before the oldest are dropped (counted, logged). */
  readonly maxQueuedDeliveries: number;
  /** Deliveries in flight at once (per instance). */
  readonly concurrency: number;
  /** `reauthorizationRequired` is sent once a subscription has this little left (NOTIFICATION_REAUTHORIZATION_NOTICE). */
  readonly reauthorizationNoticeMs: number;
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  allowedHosts: [],
  validationTimeoutMs: 10_000,
  deliveryTimeoutMs: 3_000,
  // Short at first so tests see a redelivery in seconds, then Graph-like spacing within 4 hours.
  retryDelaysMs: [1_000, 5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000],
  retryWindowMs: 4 * 3_600_000,
  maxQueuedDeliveries: 100_000,
  concurrency: 16,
  reauthorizationNoticeMs: 15 * 60_000,
};
