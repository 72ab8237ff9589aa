// One chat's messages in the memory store. The list is in id order (ids increase with creation,
// so it is also creation order and binary searches find an id or a time); a B+ tree keeps the
// last-modified order, which edits and reactions change.
import { BTree } from "./sorted-index.js";
import type { CountedPage, MessageCursor, MessagePageQuery, MessageRecord } from "./types.js";

type Entry = readonly [key: string, id: string];

/** Message ids are digit strings of growing value: compare by length, then text. */
function idOrder(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first: later key first, then the higher id. */
function newestFirst(a: Entry, b: Entry): number {
  if (a[0] !== b[0]) return a[0] > b[0] ? -1 : 1;
  return -idOrder(a[1], b[1]);
}

export class MessageLog {
  private readonly list: MessageRecord[] = [];
  private readonly byModified = new BTree<Entry, MessageRecord>(undefined, newestFirst);

  append(message: MessageRecord): void {
    const last = this.list[this.list.length - 1];
    if (last && idOrder(last.id, message.id) >= 0) throw new Error(`message id ${message.id} does not follow ${last.id}`);
    this.list.push(message);
    this.byModified.set([message.lastModifiedDateTime, message.id], message);
  }

  /** Replaces the stored message of the same id; false when there is none. */
  replace(message: MessageRecord): boolean {
    const at = this.indexOf(message.id);
    const old = at === undefined ? undefined : this.list[at];
    if (at === undefined || !old) return false;
    this.list[at] = message;
    this.byModified.delete([old.lastModifiedDateTime, old.id]);
    this.byModified.set([message.lastModifiedDateTime, message.id], message);
    return true;
  }

  get(messageId: string): MessageRecord | undefined {
    const at = this.indexOf(messageId);
    return at === undefined ? undefined : this.list[at];
  }

  /** A page newest first in the query's order, and how many messages match in all. */
  page(query: MessagePageQuery): CountedPage<MessageRecord, MessageCursor> {
    const items: MessageRecord[] = [];
    let next: MessageCursor | undefined;
    for (const [key, message] of this.newestFirst(query)) {
      if (!matches(query, message, key)) continue;
      // One match beyond the page proves there is a next page.
      if (items.length === query.limit) {
        next = cursorOf(items[items.length - 1] as MessageRecord, query.order);
        break;
      }
      items.push(message);
    }
    const count = this.count(query);
    return next ? { items, next, count } : { items, count };
  }

  /**
   * How many messages match, cursor aside. Creation order is id order, so a range of creation
   * times is two binary searches; only a range of last-modified times is counted one by one.
   */
  private count(query: MessagePageQuery): number {
    const byModified = query.order === "lastModified" && (query.newerThan !== undefined || query.olderThan !== undefined);
    if (byModified) {
      let count = 0;
      for (const [key, message] of this.newestFirst({ ...query, after: undefined })) {
        if (query.newerThan !== undefined && key <= query.newerThan) break;
        if (matches(query, message, key)) count++;
      }
      return count;
    }
    const from = this.firstCreatedAtLeast(query.since, false);
    const newer = query.order === "created" && query.newerThan !== undefined ? this.firstCreatedAtLeast(query.newerThan, true) : 0;
    const to =
      query.order === "created" && query.olderThan !== undefined ? this.firstCreatedAtLeast(query.olderThan, false) : this.list.length;
    return Math.max(0, to - Math.max(from, newer));
  }

  /** The query's order from its cursor on, as (sort key, message). */
  private *newestFirst(query: MessagePageQuery): Generator<[string, MessageRecord]> {
    const after = query.after;
    if (query.order === "lastModified") {
      const from: Entry | undefined = after ? [after.key, after.id] : undefined;
      for (const [entry, message] of this.byModified.entries(from)) {
        if (from && newestFirst(entry, from) === 0) continue;
        yield [entry[0], message];
      }
      return;
    }
    // An upper bound on creation times starts the walk there instead of at the newest.
    const below = query.olderThan === undefined ? this.list.length : this.firstCreatedAtLeast(query.olderThan, false);
    let end = Math.min(after ? this.firstIdAtLeast(after.id) : this.list.length, below);
    while (end > 0) {
      const message = this.list[--end] as MessageRecord;
      yield [message.createdDateTime, message];
    }
  }

  /** The index of the first message created at or after `time` (strictly after, with `strict`). */
  private firstCreatedAtLeast(time: string | undefined, strict: boolean): number {
    if (time === undefined) return 0;
    return lowerBound(this.list.length, (i) => {
      const created = (this.list[i] as MessageRecord).createdDateTime;
      return strict ? created <= time : created < time;
    });
  }

  private indexOf(id: string): number | undefined {
    const at = this.firstIdAtLeast(id);
    return this.list[at]?.id === id ? at : undefined;
  }

  private firstIdAtLeast(id: string): number {
    return lowerBound(this.list.length, (i) => idOrder((this.list[i] as MessageRecord).id, id) < 0);
  }
}

/** The first index in [0, length) for which `isBefore` is false (it is true, then false). */
function lowerBound(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matches(query: MessagePageQuery, message: MessageRecord, key: string): boolean {
  return (
    (query.since === undefined || message.createdDateTime >= query.since) &&
    (query.newerThan === undefined || key > query.newerThan) &&
    (query.olderThan === undefined || key < query.olderThan)
  );
}

function cursorOf(message: MessageRecord, order: MessagePageQuery["order"]): MessageCursor {
  return { key: order === "lastModified" ? message.lastModifiedDateTime : message.createdDateTime, id: message.id };
}
