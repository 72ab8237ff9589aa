// One chat's messages in the memory store, oldest first. Ids are digit strings that increase
// within a chat, so the list stays sorted by appending, and a binary search finds any id or time.
import type { MessagePageQuery, MessageRecord, Page } from "./types.js";

export class MessageLog {
  private readonly list: MessageRecord[] = [];

  append(message: MessageRecord): void {
    const last = this.list[this.list.length - 1];
    if (last && !idBefore(last.id, message.id)) throw new Error(`message id ${message.id} does not follow ${last.id}`);
    this.list.push(message);
  }

  get(messageId: string): MessageRecord | undefined {
    const at = this.firstIdAtLeast(messageId);
    return this.list[at]?.id === messageId ? this.list[at] : undefined;
  }

  /** Newest first, before `query.before` and not older than `query.since`. */
  page(query: MessagePageQuery): Page<MessageRecord, string> {
    let end = query.before === undefined ? this.list.length : this.firstIdAtLeast(query.before);
    const since = query.since;
    const start = since === undefined ? 0 : lowerBound(this.list, (m) => m.createdDateTime < since);
    const items: MessageRecord[] = [];
    while (end > start && items.length < query.limit) items.push(this.list[--end] as MessageRecord);
    const last = items[items.length - 1];
    return end > start && last ? { items, next: last.id } : { items };
  }

  private firstIdAtLeast(id: string): number {
    return lowerBound(this.list, (m) => idBefore(m.id, id));
  }
}

/** Message ids are digit strings of growing value: compare by length, then text. */
function idBefore(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

function lowerBound(list: readonly MessageRecord[], isBefore: (m: MessageRecord) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(list[mid] as MessageRecord)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
