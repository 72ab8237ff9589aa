// The delivery queue in process memory (no DATABASE_URL): bounded, since nothing else limits how
// much a slow or dead receiver lets pile up. Past `maxPending` unsettled deliveries the oldest are
// dropped — counted, and reported to `onOverflow` for the log — the only loss the decisions allow.
// Leases follow the real clock, as a database's do, not the server's (possibly advanced) one.
import { randomUUID } from "node:crypto";
import { immediately } from "./memory-subscriptions.js";
import type { DeliveryAttempt, DeliveryOutcome, DeliveryQueue, DeliveryRecord, NewDelivery } from "./types.js";

export interface MemoryDeliveryQueueOptions {
  /** Most unsettled deliveries kept; past it the oldest are dropped with reason "queue full". */
  readonly maxPending: number;
  /** Settled deliveries kept for the journal (the most recently settled); default 1,000. */
  readonly journalSize?: number;
  readonly onOverflow?: (dropped: DeliveryRecord) => void;
}

interface Entry {
  /** Frozen; replaced on every change. */
  record: DeliveryRecord;
  /** Claimed until then (epoch ms of the real clock); 0 when not claimed. */
  leaseUntil: number;
}

export class MemoryDeliveryQueue implements DeliveryQueue {
  private dropped = 0;
  private seq = 0;
  /** Every delivery kept, in enqueue order (Map iteration order): the pending ones and the journal's settled ones. */
  private readonly entries = new Map<string, Entry>();
  /** Ids of unsettled deliveries, in enqueue order. */
  private readonly pending = new Set<string>();
  /** The same per order key, so that a long backlog behind one receiver costs a claim nothing. */
  private readonly pendingByKey = new Map<string, Set<string>>();
  /** Ids of settled deliveries still kept, in the order they settled: the first goes first. */
  private readonly settledOrder = new Set<string>();
  private readonly listeners: (() => void)[] = [];
  private readonly maxPending: number;
  private readonly journalSize: number;

  constructor(private readonly options: MemoryDeliveryQueueOptions) {
    this.maxPending = Math.max(1, options.maxPending);
    this.journalSize = Math.max(0, options.journalSize ?? 1_000);
  }

  get overflowDropped(): number {
    return this.dropped;
  }

  enqueue(items: readonly NewDelivery[]): Promise<void> {
    return immediately(() => {
      if (items.length === 0) return;
      for (const item of items) {
        const record = freeze({
          ...item,
          id: randomUUID(),
          seq: ++this.seq,
          state: "pending",
          nextAttemptDateTime: item.createdDateTime,
          attempts: [],
          settledDateTime: null,
          reason: null,
        });
        this.entries.set(record.id, { record, leaseUntil: 0 });
        this.pending.add(record.id);
        const ofKey = this.pendingByKey.get(record.orderKey) ?? new Set<string>();
        this.pendingByKey.set(record.orderKey, ofKey.add(record.id));
      }
      const at = items[items.length - 1]?.createdDateTime ?? new Date().toISOString();
      for (const id of this.pending) {
        if (this.pending.size <= this.maxPending) break;
        const entry = this.entries.get(id);
        if (!entry) continue;
        this.finish(entry, { state: "dropped", reason: "queue full", settledDateTime: at });
        this.dropped++;
        this.options.onOverflow?.(entry.record);
      }
      for (const listener of this.listeners) listener();
    });
  }

  claim(now: string, limit: number, leaseMs: number): Promise<readonly DeliveryRecord[]> {
    const clock = Date.now();
    const claimed: DeliveryRecord[] = [];
    for (const entry of this.heads()) {
      if (claimed.length >= limit) break;
      if (entry.record.nextAttemptDateTime > now || entry.leaseUntil > clock) continue;
      entry.leaseUntil = clock + leaseMs;
      claimed.push(entry.record);
    }
    return Promise.resolve(claimed);
  }

  settle(id: string, outcome: DeliveryOutcome, now: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return Promise.resolve();
    const attempts = outcome.attempt ? [...entry.record.attempts, outcome.attempt] : entry.record.attempts;
    entry.leaseUntil = 0;
    if (entry.record.state !== "pending") {
      // Cancelled or dropped meanwhile: it stays so, with a record of the attempt that was made.
      entry.record = freeze({ ...entry.record, attempts });
    } else if (outcome.state === "pending") {
      entry.record = freeze({ ...entry.record, attempts, nextAttemptDateTime: outcome.nextAttemptDateTime });
    } else {
      const reason = outcome.state === "dropped" ? outcome.reason : null;
      this.finish(entry, { state: outcome.state, reason, settledDateTime: now, attempts });
    }
    return Promise.resolve();
  }

  cancel(subscriptionId: string, reason: string, now: string): Promise<void> {
    for (const id of this.pending) {
      const entry = this.entries.get(id);
      if (entry?.record.subscriptionId === subscriptionId) this.finish(entry, { state: "cancelled", reason, settledDateTime: now });
    }
    return Promise.resolve();
  }

  journal(limit: number): Promise<readonly DeliveryRecord[]> {
    const all = [...this.entries.values()].map((e) => e.record);
    return Promise.resolve(limit > 0 ? all.slice(-limit) : []);
  }

  /** When the next claimable delivery is due: pending, first of its order key, not leased (those in flight are left out). */
  nextDue(): Promise<string | undefined> {
    const clock = Date.now();
    let due: string | undefined;
    for (const { record, leaseUntil } of this.heads()) {
      if (leaseUntil <= clock && (due === undefined || record.nextAttemptDateTime < due)) due = record.nextAttemptDateTime;
    }
    return Promise.resolve(due);
  }

  onEnqueued(listener: () => void): void {
    this.listeners.push(listener);
  }

  clear(): Promise<void> {
    this.entries.clear();
    this.pending.clear();
    this.pendingByKey.clear();
    this.settledOrder.clear();
    this.dropped = 0;
    return Promise.resolve();
  }

  /** The oldest pending delivery of each order key, in enqueue order: the only ones that may go next. */
  private heads(): Entry[] {
    const heads: Entry[] = [];
    for (const ids of this.pendingByKey.values()) {
      const first = ids.values().next();
      const entry = first.done ? undefined : this.entries.get(first.value);
      if (entry) heads.push(entry);
    }
    return heads.sort((a, b) => a.record.seq - b.record.seq);
  }

  /** Settles a pending entry and forgets the oldest settled ones beyond the journal's size. */
  private finish(
    entry: Entry,
    change: Pick<DeliveryRecord, "state" | "reason" | "settledDateTime"> & { attempts?: readonly DeliveryAttempt[] },
  ): void {
    entry.record = freeze({ ...entry.record, ...change });
    entry.leaseUntil = 0;
    this.pending.delete(entry.record.id);
    const ofKey = this.pendingByKey.get(entry.record.orderKey);
    ofKey?.delete(entry.record.id);
    if (ofKey?.size === 0) this.pendingByKey.delete(entry.record.orderKey);
    this.settledOrder.add(entry.record.id);
    for (const id of this.settledOrder) {
      if (this.settledOrder.size <= this.journalSize) break;
      this.settledOrder.delete(id);
      this.entries.delete(id);
    }
  }
}

function freeze(record: DeliveryRecord): DeliveryRecord {
  return Object.freeze({ ...record, attempts: Object.freeze(record.attempts.map((a) => Object.freeze({ ...a }))) });
}
