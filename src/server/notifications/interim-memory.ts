// INTERIM: a minimal in-memory SubscriptionStore and a DeliveryQueue that delivers nothing, so the
// subscription API runs before the real memory engine (memory.ts) lands; the lead replaces this
// file with it when wiring notifications into the app.
import type { NotificationContext } from "./context.js";
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from "./settings.js";
import {
  QuotaExceededError,
  type DeliveryQueue,
  type DeliveryRecord,
  type Quota,
  type SubscriptionPageQuery,
  type SubscriptionRecord,
  type SubscriptionStore,
} from "./types.js";

export class InterimSubscriptionStore implements SubscriptionStore {
  private readonly records = new Map<string, SubscriptionRecord>();

  insert(record: SubscriptionRecord, quotas: readonly Quota[]): Promise<void> {
    for (const quota of quotas) {
      const used = [...this.records.values()].filter((r) => r.quotaKeys.includes(quota.key)).length;
      if (used >= quota.limit) return Promise.reject(new QuotaExceededError(quota));
    }
    this.records.set(record.id, record);
    return Promise.resolve();
  }

  get(id: string): Promise<SubscriptionRecord | undefined> {
    return Promise.resolve(this.records.get(id));
  }

  list(query: SubscriptionPageQuery): Promise<{ items: readonly SubscriptionRecord[]; next?: string | undefined }> {
    const { after, userId } = query;
    const matching = [...this.records.values()]
      .filter((r) => r.appId === query.appId && (userId === undefined || r.userId === userId) && (after === undefined || r.id > after))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const items = matching.slice(0, query.limit);
    return Promise.resolve({ items, next: matching.length > query.limit ? items.at(-1)?.id : undefined });
  }

  update(id: string, fn: (current: SubscriptionRecord) => SubscriptionRecord | undefined): Promise<SubscriptionRecord | undefined> {
    const current = this.records.get(id);
    const next = current && fn(current);
    if (next) this.records.set(id, next);
    return Promise.resolve(next);
  }

  delete(id: string): Promise<boolean> {
    return Promise.resolve(this.records.delete(id));
  }

  forChat(chatId: string, now: string): Promise<readonly SubscriptionRecord[]> {
    const live = [...this.records.values()].filter((r) => (r.chatId === null || r.chatId === chatId) && r.expirationDateTime > now);
    return Promise.resolve(live);
  }

  all(): Promise<readonly SubscriptionRecord[]> {
    return Promise.resolve([...this.records.values()]);
  }

  clear(): Promise<void> {
    this.records.clear();
    return Promise.resolve();
  }
}

/** Keeps nothing and sends nothing; records which subscriptions had their deliveries cancelled. */
export class InterimDeliveryQueue implements DeliveryQueue {
  readonly overflowDropped = 0;
  readonly cancelled: { subscriptionId: string; reason: string }[] = [];

  enqueue(): Promise<void> {
    return Promise.resolve();
  }
  claim(): Promise<readonly DeliveryRecord[]> {
    return Promise.resolve([]);
  }
  settle(): Promise<void> {
    return Promise.resolve();
  }
  cancel(subscriptionId: string, reason: string): Promise<void> {
    this.cancelled.push({ subscriptionId, reason });
    return Promise.resolve();
  }
  journal(): Promise<readonly DeliveryRecord[]> {
    return Promise.resolve([]);
  }
  nextDue(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }
  onEnqueued(): void {}
  clear(): Promise<void> {
    this.cancelled.length = 0;
    return Promise.resolve();
  }
}

export function interimNotifications(clock: () => Date, settings: Partial<NotificationSettings> = {}): NotificationContext {
  return {
    subscriptions: new InterimSubscriptionStore(),
    deliveries: new InterimDeliveryQueue(),
    settings: { ...DEFAULT_NOTIFICATION_SETTINGS, ...settings },
    clock,
  };
}
