// The in-memory ChatStore: its indexes must follow every write, and a page must only touch the
// user's own chats.
import { MemoryChatStore } from "../../src/server/store/memory.js";
import { SortedIndex } from "../../src/server/store/sorted-index.js";
import type { ChatRecord, MemberRecord, MessageRecord } from "../../src/server/store/types.js";

const member = (userId: string): MemberRecord => ({
  id: `m-${userId}`,
  userId,
  role: "owner",
  visibleHistoryStartDateTime: "0001-01-01T00:00:00Z",
  isHidden: false,
  lastMessageReadDateTime: null,
});

const chat = (id: string, updated: string, users: string[]): ChatRecord => ({
  id,
  chatType: "group",
  topic: id,
  tenantId: "t",
  createdDateTime: updated,
  lastUpdatedDateTime: updated,
  members: users.map(member),
  lastMessage: null,
});

const ids = (page: { items: readonly ChatRecord[] }) => page.items.map((c) => c.id);
const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

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

describe("MemoryChatStore", () => {
  it("lists a user's chats newest first and pages by cursor", () => {
    const store = new MemoryChatStore();
    for (let i = 1; i <= 5; i++) store.insertIfAbsent(chat(`c${i}`, at(i), ["u1", i % 2 ? "u2" : "u3"]));
    const first = store.listForUser({ userId: "u1", order: "lastUpdated", limit: 2 });
    expect(ids(first)).toEqual(["c5", "c4"]);
    const second = store.listForUser({ userId: "u1", order: "lastUpdated", limit: 2, after: first.next });
    expect(ids(second)).toEqual(["c3", "c2"]);
    const last = store.listForUser({ userId: "u1", order: "lastUpdated", limit: 2, after: second.next });
    expect(ids(last)).toEqual(["c1"]);
    expect(last.next).toBeUndefined();
    expect(ids(store.listForUser({ userId: "U2", order: "lastUpdated", limit: 10 }))).toEqual(["c5", "c3", "c1"]);
  });

  it("moves a chat to the top when it is updated, and follows members in and out", () => {
    const store = new MemoryChatStore();
    store.insertIfAbsent(chat("a", at(1), ["u1"]));
    store.insertIfAbsent(chat("b", at(2), ["u1"]));
    store.update("a", (c) => ({ ...c, lastUpdatedDateTime: at(3), members: [...c.members, member("u9")] }));
    expect(ids(store.listForUser({ userId: "u1", order: "lastUpdated", limit: 10 }))).toEqual(["a", "b"]);
    expect(ids(store.listForUser({ userId: "u9", order: "lastUpdated", limit: 10 }))).toEqual(["a"]);
    store.update("a", (c) => ({ ...c, members: c.members.filter((m) => m.userId !== "u1") }));
    expect(ids(store.listForUser({ userId: "u1", order: "lastUpdated", limit: 10 }))).toEqual(["b"]);
  });

  it("orders by last message with chats without messages last", () => {
    const store = new MemoryChatStore();
    for (const id of ["x", "y", "z"]) store.insertIfAbsent(chat(id, at(1), ["u1"]));
    const message = (chatId: string, second: number): MessageRecord => ({
      id: String(second),
      chatId,
      createdDateTime: at(second),
      fromUserId: "u1",
      body: { contentType: "text", content: "hi" },
      subject: null,
      importance: "normal",
    });
    store.update("y", (c) => ({ ...c, lastMessage: message("y", 5) }));
    store.update("x", (c) => ({ ...c, lastMessage: message("x", 7) }));
    expect(ids(store.listForUser({ userId: "u1", order: "lastMessage", limit: 10 }))).toEqual(["x", "y", "z"]);
  });

  it("never reads other users' chats to build a page", () => {
    const store = new MemoryChatStore();
    for (let i = 0; i < 2_000; i++) store.insertIfAbsent(chat(`other${i}`, at(i % 60), [`someone${i}`]));
    for (let i = 0; i < 3; i++) store.insertIfAbsent(chat(`mine${i}`, at(i), ["me"]));
    let reads = 0;
    store.listForUser({
      userId: "me",
      order: "lastUpdated",
      limit: 50,
      where: () => {
        reads++;
        return true;
      },
    });
    expect(reads).toBe(3);
  });

  it("keeps a one-on-one insert atomic: the second insert of an id returns the first", () => {
    const store = new MemoryChatStore();
    const first = store.insertIfAbsent(chat("same", at(1), ["u1"]));
    const second = store.insertIfAbsent(chat("same", at(2), ["u2"]));
    expect(first.inserted).toBe(true);
    expect(second).toEqual({ chat: first.chat, inserted: false });
    expect(ids(store.listForUser({ userId: "u2", order: "lastUpdated", limit: 10 }))).toEqual([]);
  });

  it("leaves stored records frozen and untouched when a change throws", () => {
    const store = new MemoryChatStore();
    const { chat: stored } = store.insertIfAbsent(chat("a", at(1), ["u1"]));
    expect(Object.isFrozen(stored)).toBe(true);
    expect(() =>
      store.update("a", () => {
        throw new Error("rule violated");
      }),
    ).toThrow("rule violated");
    expect(store.get("a")).toBe(stored);
  });

  it("pages messages newest first and honours a visible-history start", () => {
    const store = new MemoryChatStore();
    for (let i = 1; i <= 5; i++) {
      store.appendMessage({
        id: String(1000 + i),
        chatId: "c",
        createdDateTime: at(i),
        fromUserId: "u",
        body: { contentType: "text", content: `${i}` },
        subject: null,
        importance: "normal",
      });
    }
    const first = store.listMessages({ chatId: "c", limit: 2 });
    expect(first.items.map((m) => m.id)).toEqual(["1005", "1004"]);
    const rest = store.listMessages({ chatId: "c", limit: 10, before: first.next });
    expect(rest.items.map((m) => m.id)).toEqual(["1003", "1002", "1001"]);
    expect(rest.next).toBeUndefined();
    expect(store.listMessages({ chatId: "c", limit: 10, since: at(4) }).items.map((m) => m.id)).toEqual(["1005", "1004"]);
    expect(store.getMessage("c", "1003")?.body.content).toBe("3");
    expect(store.getMessage("c", "999")).toBeUndefined();
  });
});

describe("MemoryChatStore.clear", () => {
  it("forgets every chat, index entry and message, and takes new chats afterwards", () => {
    const store = new MemoryChatStore();
    store.insertIfAbsent(chat("a", at(1), ["u1", "u2"]));
    const message: MessageRecord = {
      id: "1",
      chatId: "a",
      createdDateTime: at(2),
      fromUserId: "u1",
      body: { contentType: "text", content: "hi" },
      subject: null,
      importance: "normal",
    };
    store.appendMessage(message);
    store.clear();
    expect(store.get("a")).toBeUndefined();
    expect(ids(store.listForUser({ userId: "u1", order: "lastUpdated", limit: 10 }))).toEqual([]);
    expect(store.listMessages({ chatId: "a", limit: 10 }).items).toEqual([]);
    expect(store.insertIfAbsent(chat("a", at(3), ["u2"])).inserted).toBe(true);
    expect(ids(store.listForUser({ userId: "u2", order: "lastUpdated", limit: 10 }))).toEqual(["a"]);
    expect(ids(store.listForUser({ userId: "u1", order: "lastUpdated", limit: 10 }))).toEqual([]);
  });
});
