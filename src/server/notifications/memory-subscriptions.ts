// Subscriptions in process memory (no DATABASE_URL). Every method runs to completion without
// awaiting, so a quota check and its insert, or an update's read, function and write, cannot
// interleave with another call: one process is the only instance, and that is its serialisation.
// Records are frozen; a chat's fan-out reads an index by chat instead of every subscription.
import { QuotaExceededError, type Quota, type SubscriptionPageQuery, type SubscriptionRecord, type SubscriptionStore } from "./types.js";

/** The index key of the tenant-wide subscriptions (chatId null); chat ids are never empty. */
const TENANT_WIDE = "";

export class MemorySubscriptionStore implements SubscriptionStore {
  private readonly records = new Map<string, SubscriptionRecord>();
  private readonly byChat = new Map<string, Set<string>>();
  private readonly quotaCounts = new Map<string, number>();

  insert(record: SubscriptionRecord, quotas: readonly Quota[]): Promise<void> {
    return immediately(() => {
      if (this.records.has(record.id)) throw new Error(`subscription ${record.id} exists`);
      const full = quotas.find((q) => (this.quotaCounts.get(q.key) ?? 0) >= q.limit);
      if (full) throw new QuotaExceededError(full);
      this.add(freeze(record));
    });
  }

  get(id: string): Promise<SubscriptionRecord | undefined> {
    return Promise.resolve(this.records.get(id));
  }

  list(query: SubscriptionPageQuery): Promise<{ items: readonly SubscriptionRecord[]; next?: string | undefined }> {
    return immediately(() => {
      const { appId, userId, after } = query;
      const matching = [...this.records.values()]
        .filter((r) => r.appId === appId && (userId === undefined || r.userId === userId) && (after === undefined || r.id > after))
        .sort((a, b) => compare(a.id, b.id));
      const items = matching.slice(0, query.limit);
      const last = items[items.length - 1];
      return matching.length > query.limit && last ? { items, next: last.id } : { items };
    });
  }

  update(id: string, fn: (current: SubscriptionRecord) => SubscriptionRecord | undefined): Promise<SubscriptionRecord | undefined> {
    return immediately(() => {
      const current = this.records.get(id);
      if (!current) return undefined;
      const next = fn(current);
      if (!next) return undefined;
      if (next.id !== id) throw new Error(`update(${id}) may not change the subscription's id`);
      const stored = freeze(next);
      this.remove(current);
      this.add(stored);
      return stored;
    });
  }

  delete(id: string): Promise<boolean> {
    const current = this.records.get(id);
    if (current) this.remove(current);
    return Promise.resolve(current !== undefined);
  }

  forChat(chatId: string, at: string): Promise<readonly SubscriptionRecord[]> {
    const ids = [...(this.byChat.get(chatId) ?? []), ...(this.byChat.get(TENANT_WIDE) ?? [])];
    const records = ids.flatMap((id) => this.records.get(id) ?? []).filter((r) => r.expirationDateTime > at);
    return Promise.resolve(records.sort((a, b) => compare(a.id, b.id)));
  }

  all(): Promise<readonly SubscriptionRecord[]> {
    return Promise.resolve([...this.records.values()].sort((a, b) => compare(a.id, b.id)));
  }

  clear(): Promise<void> {
    this.records.clear();
    this.byChat.clear();
    this.quotaCounts.clear();
    return Promise.resolve();
  }

  private add(record: SubscriptionRecord): void {
    this.records.set(record.id, record);
    const key = record.chatId ?? TENANT_WIDE;
    const ids = this.byChat.get(key) ?? new Set<string>();
    this.byChat.set(key, ids.add(record.id));
    for (const quota of new Set(record.quotaKeys)) this.quotaCounts.set(quota, (this.quotaCounts.get(quota) ?? 0) + 1);
  }

  private remove(record: SubscriptionRecord): void {
    this.records.delete(record.id);
    const key = record.chatId ?? TENANT_WIDE;
    const ids = this.byChat.get(key);
    ids?.delete(record.id);
    if (ids?.size === 0) this.byChat.delete(key);
    for (const quota of new Set(record.quotaKeys)) {
      const left = (this.quotaCounts.get(quota) ?? 0) - 1;
      if (left > 0) this.quotaCounts.set(quota, left);
      else this.quotaCounts.delete(quota);
    }
  }
}

/** Runs `work` at once; its throw becomes the promise's rejection, as a database's error would. */
export function immediately<T>(work: () => T): Promise<T> {
  return new Promise((resolve) => resolve(work()));
}

/** Code-unit order, the order PostgreSQL's "C" collation gives the same (ASCII) ids. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function freeze(record: SubscriptionRecord): SubscriptionRecord {
  return Object.freeze({
    ...record,
    watched: Object.freeze({ ...record.watched }),
    changeTypes: Object.freeze([...record.changeTypes]),
    lifecycleSent: Object.freeze([...record.lifecycleSent]),
    quotaKeys: Object.freeze([...record.quotaKeys]),
  });
}
