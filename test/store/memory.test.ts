// The memory store: the conformance suite every engine passes, plus what only this engine
// promises (frozen records, pages that touch only the user's own chats, its B+ tree index).
import { MemoryChatStore } from "../../src/server/store/memory.js";
import { SortedIndex } from "../../src/server/store/sorted-index.js";
import { at, chat } from "../../src/server/store/conformance/fixtures.js";
import type { ChatRecord } from "../../src/server/store/types.js";
import { describeStoreConformance } from "./conformance.js";

describeStoreConformance("MemoryChatStore", () => new MemoryChatStore());

describe("MemoryChatStore", () => {
  it("never reads other users' chats to build a page", async () => {
    const store = new MemoryChatStore();
    for (let i = 0; i < 2_000; i++) await store.insertChatIfAbsent(chat(`other${i}`, at(i % 60), [`someone${i}`]));
    for (let i = 0; i < 3; i++) await store.insertChatIfAbsent(chat(`mine${i}`, at(i), ["me"]));
    // White-box: count reads of the chat table while one page is built.
    const table = (store as unknown as { chats: Map<string, ChatRecord> }).chats;
    const read = table.get.bind(table);
    let reads = 0;
    table.get = (id) => {
      reads++;
      return read(id);
    };
    const page = await store.listChatsForUser({ userId: "me", order: "lastUpdated", limit: 50 });
    expect(page.items).toHaveLength(3);
    expect(reads).toBe(3);
  });

  it("hands out frozen records that a change cannot alter in place", async () => {
    const store = new MemoryChatStore();
    const { chat: stored } = await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen(stored.members)).toBe(true);
    await store.change("a", (current) => {
      const next = { ...current!, pinnedMessages: [{ messageId: "1", pinnedDateTime: at(2), pinnedByUserId: "u1" }] };
      return { chat: next, result: undefined };
    });
    const withPins = await store.getChat("a");
    expect(Object.isFrozen(withPins?.pinnedMessages)).toBe(true);
    expect(Object.isFrozen(withPins?.pinnedMessages?.[0])).toBe(true);
    await expect(
      store.change("a", (current) => {
        (current as { topic: string | null }).topic = "mutated";
        return { result: undefined };
      }),
    ).rejects.toThrow(TypeError);
    expect(await store.getChat("a")).toBe(withPins);
  });
});

describe("SortedIndex", () => {
  it("keeps keys newest first and ties by id, and resumes strictly after a cursor", () => {
    const index = new SortedIndex();
    for (const [key, id] of [
      ["2", "b"],
      ["3", "a"],
      ["2", "a"],
      ["1", "z"],
    ] as const)
      index.insert(key, id);
    index.insert("2", "a"); // duplicates are ignored
    expect([...index.idsAfter()].map((e) => `${e.key}${e.id}`)).toEqual(["3a", "2a", "2b", "1z"]);
    expect([...index.idsAfter({ key: "2", id: "a" })].map((e) => e.id)).toEqual(["b", "z"]);
    // A cursor whose entry has gone still resumes at the right place.
    index.remove("2", "a");
    expect([...index.idsAfter({ key: "2", id: "a" })].map((e) => e.id)).toEqual(["b", "z"]);
    expect(index.size).toBe(3);
  });
});
