// Records for the notification-storage cases: small, valid, deterministic in time.
import type { DeliveryAttempt, NewDelivery, Quota, SubscriptionRecord } from "../types.js";

/** A time `second` seconds after 2026-01-01T00:00:00Z, as the server writes times. */
export const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

export function subscription(id: string, fields: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return {
    id,
    tenantId: "t",
    appId: "app-a",
    userId: null,
    resource: "/chats/getAllMessages",
    watched: { kind: "allChatMessages" },
    mentionedUserId: null,
    changeType: "created,updated",
    changeTypes: ["created", "updated"],
    notificationUrl: "https://localhost:8443/hook?source=test",
    lifecycleNotificationUrl: null,
    clientState: "secret",
    expirationDateTime: at(3_600),
    includeResourceData: false,
    encryptionCertificate: null,
    encryptionCertificateId: null,
    latestSupportedTlsVersion: null,
    createdDateTime: at(0),
    authorizationExpiresDateTime: at(3_600),
    lifecycleSent: [],
    chatId: null,
    quotaKeys: [],
    ...fields,
  };
}

/** A subscription of one chat's messages. */
export function chatSubscription(id: string, chatId: string, fields: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return subscription(id, { resource: `/chats/${chatId}/messages`, watched: { kind: "chatMessages", chatId }, chatId, ...fields });
}

export const quota = (key: string, limit: number): Quota => ({ key, limit, message: `quota ${key} of ${limit} reached` });

/** A delivery numbered `n` (its body says which), in order key `orderKey`. */
export function delivery(n: number, orderKey: string, fields: Partial<NewDelivery> = {}): NewDelivery {
  return {
    subscriptionId: orderKey,
    kind: "change",
    url: "https://localhost:8443/hook?source=test",
    body: JSON.stringify({ value: [{ n }] }),
    orderKey,
    createdDateTime: at(n),
    ...fields,
  };
}

/** Which delivery a record is (its body's number). */
export function numberOf(record: { readonly body: string }): number {
  const parsed = JSON.parse(record.body) as { value: { n: number }[] };
  return parsed.value[0]?.n ?? NaN;
}

export const attempt = (second: number, status?: number): DeliveryAttempt => ({
  at: at(second),
  ...(status === undefined ? { error: "connection refused" } : { status }),
  durationMs: 12,
});

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves when `check` holds, polling; rejects after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 5_000, what = "the condition"): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${ms} ms`);
    await sleep(20);
  }
}
