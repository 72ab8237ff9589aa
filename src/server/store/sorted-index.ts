// A user's chats as (key, id) pairs sorted by key descending, then id ascending: newest first.
// A B+ tree (sorted-btree) keeps every insert, removal and page start at O(log n), so a user
// with 100,000 chats pays no more per write or page than one with 1,000; a sorted array would
// memmove the whole index on every new chat, since new chats sort first.
import sortedBtree from "sorted-btree";

// sorted-btree is CommonJS with `exports.default = BTree`: Node's ESM default import is the whole
// `exports` (so the class is `.default`), while CommonJS-style loaders hand over the class itself.
type BTreeClass = typeof sortedBtree.default;
export const BTree: BTreeClass = "default" in sortedBtree ? sortedBtree.default : sortedBtree;

type Entry = readonly [key: string, id: string];

function compare(a: Entry, b: Entry): number {
  if (a[0] !== b[0]) return a[0] > b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

export class SortedIndex {
  private readonly tree = new BTree<Entry, undefined>(undefined, compare);

  get size(): number {
    return this.tree.size;
  }

  insert(key: string, id: string): void {
    this.tree.set([key, id], undefined, false);
  }

  remove(key: string, id: string): void {
    this.tree.delete([key, id]);
  }

  /** Entries strictly after (key, id) in the index's order, or from the start without a cursor. */
  *idsAfter(cursor?: { key: string; id: string }): Generator<{ key: string; id: string }> {
    const from: Entry | undefined = cursor ? [cursor.key, cursor.id] : undefined;
    for (const [entry] of this.tree.entries(from)) {
      if (from && compare(entry, from) === 0) continue;
      yield { key: entry[0], id: entry[1] };
    }
  }
}
