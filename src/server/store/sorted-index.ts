// A list of (key, id) pairs kept sorted by key descending, then id ascending: a user's chats,
// newest first. Lookups are binary searches, so a page costs O(log n + page), not a sort of the
// whole store; inserts and removals shift one array (a memmove), cheap even at 100k entries.
export class SortedIndex {
  private readonly keys: string[] = [];
  private readonly ids: string[] = [];

  get size(): number {
    return this.ids.length;
  }

  insert(key: string, id: string): void {
    const at = this.lowerBound(key, id);
    if (this.keys[at] === key && this.ids[at] === id) return;
    this.keys.splice(at, 0, key);
    this.ids.splice(at, 0, id);
  }

  remove(key: string, id: string): void {
    const at = this.lowerBound(key, id);
    if (this.keys[at] === key && this.ids[at] === id) {
      this.keys.splice(at, 1);
      this.ids.splice(at, 1);
    }
  }

  /** Ids strictly after (key, id) in the index's order, or from the start without a cursor. */
  *idsAfter(cursor?: { key: string; id: string }): Generator<{ key: string; id: string }> {
    let at = cursor ? this.lowerBound(cursor.key, cursor.id) : 0;
    if (cursor && this.keys[at] === cursor.key && this.ids[at] === cursor.id) at++;
    for (; at < this.ids.length; at++) yield { key: this.keys[at] as string, id: this.ids[at] as string };
  }

  /** The first position whose entry does not sort before (key, id). */
  private lowerBound(key: string, id: string): number {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid] as string;
      const before = k > key || (k === key && (this.ids[mid] as string) < id);
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
