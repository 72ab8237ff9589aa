// The subscription rules' bookkeeping that the API does not show: what a stored record holds,
// which quotas it is inserted under (the 10,000-per-tenant one cannot sensibly be filled over
// HTTP), and what renewal, reauthorization and deletion do to lifecycle state and deliveries.
// Run against a small fake store, so only the domain's own behaviour is under test.
import { pino } from "pino";
import { createControlledApp } from "../../src/server/app.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";
import type { Caller } from "../../src/server/domain/caller.js";
import { DomainError } from "../../src/server/domain/errors.js";
import {
  createSubscription,
  deleteSubscription,
  reauthorizeSubscription,
  updateSubscription,
  type CallingApp,
} from "../../src/server/domain/subscriptions.js";
import type { NotificationContext } from "../../src/server/notifications/context.js";
import { DEFAULT_NOTIFICATION_SETTINGS } from "../../src/server/notifications/settings.js";
import {
  QuotaExceededError,
  type DeliveryQueue,
  type Quota,
  type SubscriptionRecord,
  type SubscriptionStore,
} from "../../src/server/notifications/types.js";
import { FIXED_NOW, USERS } from "./helpers.js";
import { APP_A, inMinutes, Receiver } from "./subscription-support.js";

/** Keeps records in a Map and remembers the quotas of each insert; `refuse` makes the next insert fail. */
class FakeStore implements Pick<SubscriptionStore, "insert" | "get" | "update" | "delete"> {
  readonly records = new Map<string, SubscriptionRecord>();
  readonly inserts: { record: SubscriptionRecord; quotas: readonly Quota[] }[] = [];
  refuse: ((quotas: readonly Quota[]) => Quota | undefined) | undefined;

  async insert(record: SubscriptionRecord, quotas: readonly Quota[]): Promise<void> {
    const full = this.refuse?.(quotas);
    if (full) throw new QuotaExceededError(full);
    this.inserts.push({ record, quotas });
    this.records.set(record.id, record);
  }
  async get(id: string) {
    return this.records.get(id);
  }
  async update(id: string, fn: (current: SubscriptionRecord) => SubscriptionRecord | undefined) {
    const current = this.records.get(id);
    const next = current && fn(current);
    if (next) this.records.set(id, next);
    return next;
  }
  async delete(id: string) {
    return this.records.delete(id);
  }
}

let receiver: Receiver;
let store: FakeStore;
let events: string[];
let n: NotificationContext;
const ctx = createControlledApp({ clock: () => FIXED_NOW, logger: pino({ level: "silent" }) }).control.domain;

beforeAll(async () => {
  receiver = await Receiver.start();
});
afterAll(() => receiver.close());
beforeEach(() => {
  store = new FakeStore();
  events = [];
  const deliveries: Pick<DeliveryQueue, "cancel"> = {
    cancel: async (subscriptionId, reason) => {
      events.push(`cancel ${subscriptionId} (${reason}); stored: ${store.records.has(subscriptionId)}`);
    },
  };
  n = {
    subscriptions: store as unknown as SubscriptionStore,
    deliveries: deliveries as DeliveryQueue,
    settings: DEFAULT_NOTIFICATION_SETTINGS,
    clock: () => FIXED_NOW,
  };
});

const application: Caller = { kind: "app", appId: APP_A, tenantId: DEMO_TENANT_ID, roles: new Set(["Chat.Read.All"]) };
const tokenUntil = (minutes: number): CallingApp => ({ appId: APP_A, tokenExpiresAt: new Date(Date.parse(inMinutes(minutes))) });
const input = (resource: string) => ({
  resource,
  changeType: "created",
  notificationUrl: receiver.url("/notify"),
  expirationDateTime: inMinutes(50),
});

describe("createSubscription", () => {
  it("stores what fan-out and the lifecycle sweep need", async () => {
    const record = await createSubscription(ctx, n, application, tokenUntil(20), {
      ...input(`/chats/getAllMessages?$filter=mentions/any(u: u/mentioned/user/id eq '${USERS.megan}')`),
      changeType: "created,deleted",
    });
    expect(store.records.get(record.id)).toEqual({
      ...record,
      tenantId: DEMO_TENANT_ID,
      appId: APP_A,
      userId: null,
      watched: { kind: "allChatMessages" },
      mentionedUserId: USERS.megan,
      changeTypes: ["created", "deleted"],
      lifecycleNotificationUrl: null,
      clientState: null,
      expirationDateTime: inMinutes(50),
      includeResourceData: false,
      latestSupportedTlsVersion: null,
      createdDateTime: FIXED_NOW.toISOString(),
      authorizationExpiresDateTime: inMinutes(20),
      lifecycleSent: [],
      chatId: null,
      quotaKeys: [`tenant:${DEMO_TENANT_ID}`],
    });
  });

  it("takes the subscription's expiry as the authorization's when the token names none", async () => {
    const record = await createSubscription(
      ctx,
      n,
      application,
      { appId: APP_A, tokenExpiresAt: undefined },
      input("/chats/getAllMessages"),
    );
    expect(record.authorizationExpiresDateTime).toBe(inMinutes(50));
  });

  it("counts a user's messages in the user's bucket of 10 and the tenant's of 10,000", async () => {
    await createSubscription(ctx, n, application, tokenUntil(20), input(`/users/${USERS.jacob}/chats/getAllMessages`));
    expect(store.inserts[0]?.quotas.map(({ key, limit }) => ({ key, limit }))).toEqual([
      { key: `user:${USERS.jacob}:allMessages`, limit: 10 },
      { key: `tenant:${DEMO_TENANT_ID}`, limit: 10_000 },
    ]);
  });

  it("answers 403 naming the limit when the tenant's 10,000 are reached", async () => {
    store.refuse = (quotas) => quotas.find((q) => q.key.startsWith("tenant:"));
    const refused = createSubscription(ctx, n, application, tokenUntil(20), input("/chats"));
    await expect(refused).rejects.toThrow(DomainError);
    await expect(refused).rejects.toMatchObject({
      code: "Forbidden",
      message: "The tenant already has 10,000 subscriptions to chat resources; that is the limit.",
    });
  });
});

describe("updateSubscription", () => {
  it("renewing clears the lifecycle events sent and takes the new token's expiry", async () => {
    const { id } = await createSubscription(ctx, n, application, tokenUntil(20), input("/chats/getAllMessages"));
    await store.update(id, (r) => ({ ...r, lifecycleSent: ["expiry", "authorization"] }));
    const renewed = await updateSubscription(ctx, n, application, tokenUntil(55), id, { expirationDateTime: inMinutes(58) });
    expect(renewed).toMatchObject({ expirationDateTime: inMinutes(58), authorizationExpiresDateTime: inMinutes(55), lifecycleSent: [] });
    expect(store.records.get(id)).toEqual(renewed);
  });

  it("changing anything else is no renewal: lifecycle state stays", async () => {
    const { id } = await createSubscription(ctx, n, application, tokenUntil(20), input("/chats/getAllMessages"));
    await store.update(id, (r) => ({ ...r, lifecycleSent: ["expiry"] }));
    const changed = await updateSubscription(ctx, n, application, tokenUntil(55), id, { latestSupportedTlsVersion: "v1_3" });
    expect(changed).toMatchObject({
      latestSupportedTlsVersion: "v1_3",
      authorizationExpiresDateTime: inMinutes(20),
      lifecycleSent: ["expiry"],
    });
  });
});

describe("reauthorizeSubscription", () => {
  it("takes the caller's token expiry and clears the lifecycle events sent, keeping the expiry", async () => {
    const { id } = await createSubscription(ctx, n, application, tokenUntil(20), input("/chats/getAllMessages"));
    await store.update(id, (r) => ({ ...r, lifecycleSent: ["authorization"] }));
    const record = await reauthorizeSubscription(ctx, n, application, tokenUntil(45), id);
    expect(record).toMatchObject({ expirationDateTime: inMinutes(50), authorizationExpiresDateTime: inMinutes(45), lifecycleSent: [] });
  });
});

describe("deleteSubscription", () => {
  it("cancels the subscription's pending deliveries, then deletes it", async () => {
    const { id } = await createSubscription(ctx, n, application, tokenUntil(20), input("/chats/getAllMessages"));
    await deleteSubscription(n, application, tokenUntil(20), id);
    expect(events).toEqual([`cancel ${id} (subscription deleted); stored: true`]);
    expect(store.records.has(id)).toBe(false);
  });
});
