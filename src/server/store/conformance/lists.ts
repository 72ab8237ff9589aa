// Conformance: a user's chat list — order, paging, filters, and paging while others write.
import assert from "node:assert/strict";
import type { ChatCursor, ChatFilter, ChatPageQuery, ChatStore } from "../types.js";
import type { ConformanceCase } from "./case.js";
import { allChatIds, at, chat, ids, member, message } from "./fixtures.js";

/** Every id of a walk with pages of `limit`, checking that no page is empty and the last has no cursor. */
async function walk(
  store: ChatStore,
  query: Omit<ChatPageQuery, "after" | "limit">,
  limit: number,
  between?: () => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  let after: ChatCursor | undefined;
  do {
    const page = await store.listChatsForUser({ ...query, limit, after });
    assert.ok(page.items.length > 0 || seen.length === 0, "a page after a cursor is never empty");
    assert.ok(page.items.length <= limit);
    seen.push(...ids(page));
    after = page.next;
    if (between) await between();
  } while (after);
  return seen;
}

async function filtered(store: ChatStore, filter: ChatFilter): Promise<string[]> {
  return walk(store, { userId: "u1", order: "lastUpdated", filter }, 2);
}

export const listCases: ConformanceCase[] = [
  {
    name: "lists a user's chats newest first and pages by cursor, with no cursor on the last page",
    async run(store) {
      for (let i = 1; i <= 5; i++) await store.insertChatIfAbsent(chat(`c${i}`, at(i), ["u1", i % 2 ? "u2" : "u3"]));
      const first = await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2 });
      assert.deepEqual(ids(first), ["c5", "c4"]);
      const second = await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2, after: first.next });
      assert.deepEqual(ids(second), ["c3", "c2"]);
      const last = await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2, after: second.next });
      assert.deepEqual(ids(last), ["c1"]);
      assert.equal(last.next, undefined);
      assert.deepEqual(await allChatIds(store, "U2"), ["c5", "c3", "c1"]);
    },
  },
  {
    name: "ends a list whose size is a multiple of the page size without an empty page",
    async run(store) {
      for (let i = 1; i <= 4; i++) await store.insertChatIfAbsent(chat(`c${i}`, at(i), ["u1"]));
      const second = await store.listChatsForUser({
        userId: "u1",
        order: "lastUpdated",
        limit: 2,
        after: (await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2 })).next,
      });
      assert.deepEqual(ids(second), ["c2", "c1"]);
      assert.equal(second.next, undefined);
    },
  },
  {
    name: "orders chats of the same time by id and resumes strictly after the cursor",
    async run(store) {
      for (const id of ["b", "a", "c"]) await store.insertChatIfAbsent(chat(id, at(1), ["u1"]));
      assert.deepEqual(await walk(store, { userId: "u1", order: "lastUpdated" }, 1), ["a", "b", "c"]);
    },
  },
  {
    name: "moves a chat to the top when it is updated, and follows members in and out",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
      await store.insertChatIfAbsent(chat("b", at(2), ["u1"]));
      await store.change("a", (c) => ({ chat: { ...c!, lastUpdatedDateTime: at(3), members: [...c!.members, member("u9")] }, result: 0 }));
      assert.deepEqual(await allChatIds(store, "u1"), ["a", "b"]);
      assert.deepEqual(await allChatIds(store, "u9"), ["a"]);
      await store.change("a", (c) => ({ chat: { ...c!, members: c!.members.filter((m) => m.userId !== "u1") }, result: 0 }));
      assert.deepEqual(await allChatIds(store, "u1"), ["b"]);
    },
  },
  {
    name: "orders by last message, chats without messages last",
    async run(store) {
      for (const id of ["x", "y", "z"]) await store.insertChatIfAbsent(chat(id, at(1), ["u1"]));
      for (const [id, second] of [
        ["y", 5],
        ["x", 7],
      ] as const) {
        const sent = message(id, second, second);
        await store.change(id, (c) => ({ chat: { ...c!, lastMessage: sent }, message: sent, result: 0 }));
      }
      assert.deepEqual(await allChatIds(store, "u1", "lastMessage"), ["x", "y", "z"]);
    },
  },
  {
    name: "filters by topic, type, id, a null topic and members, every condition together, across pages",
    async run(store) {
      await store.insertChatIfAbsent(chat("g1", at(1), ["u1", "u2"]));
      await store.insertChatIfAbsent({ ...chat("g2", at(2), ["u1", "U3"]), topic: "Launch" });
      await store.insertChatIfAbsent({ ...chat("g3", at(3), ["u1", "u3"]), topic: "Launch" });
      await store.insertChatIfAbsent({ ...chat("o1", at(4), ["u1", "u2"]), chatType: "oneOnOne", topic: null });
      await store.insertChatIfAbsent({ ...chat("g4", at(5), ["u4", "u3"]), topic: "Launch" });
      assert.deepEqual(await filtered(store, [{ kind: "equals", property: "topic", value: "Launch" }]), ["g3", "g2"]);
      assert.deepEqual(await filtered(store, [{ kind: "equals", property: "topic", value: null }]), ["o1"]);
      assert.deepEqual(await filtered(store, [{ kind: "equals", property: "chatType", value: "group" }]), ["g3", "g2", "g1"]);
      assert.deepEqual(await filtered(store, [{ kind: "equals", property: "id", value: "g2" }]), ["g2"]);
      assert.deepEqual(await filtered(store, [{ kind: "hasMember", userIds: ["u3"] }]), ["g3", "g2"]);
      assert.deepEqual(await filtered(store, [{ kind: "hasMember", userIds: ["u2", "nobody"] }]), ["o1", "g1"]);
      const both: ChatFilter = [
        { kind: "equals", property: "topic", value: "Launch" },
        { kind: "hasMember", userIds: ["U3"] },
        { kind: "equals", property: "chatType", value: "group" },
      ];
      assert.deepEqual(await filtered(store, both), ["g3", "g2"]);
      assert.deepEqual(await filtered(store, [{ kind: "equals", property: "topic", value: "launch" }]), []);
    },
  },
  {
    name: "counts a user's matching chats in all, on every page, following members in and out",
    async run(store) {
      for (let i = 0; i < 5; i++) await store.insertChatIfAbsent({ ...chat(`c${i}`, at(i), ["u1", "u2"]), topic: i % 2 ? "odd" : "even" });
      await store.insertChatIfAbsent(chat("other", at(9), ["u3"]));
      const first = await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2 });
      assert.equal(first.count, 5);
      assert.equal((await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2, after: first.next })).count, 5);
      const even: ChatFilter = [{ kind: "equals", property: "topic", value: "even" }];
      assert.equal((await store.listChatsForUser({ userId: "U1", order: "lastMessage", limit: 1, filter: even })).count, 3);
      await store.change("c0", (c) => ({ chat: { ...c!, members: c!.members.filter((m) => m.userId !== "u1") }, result: 0 }));
      await store.change("other", (c) => ({ chat: { ...c!, members: [...c!.members, member("u1")] }, result: 0 }));
      assert.equal((await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2 })).count, 5);
      assert.equal((await store.listChatsForUser({ userId: "u2", order: "lastUpdated", limit: 2 })).count, 5);
      assert.equal((await store.listChatsForUser({ userId: "u3", order: "lastUpdated", limit: 2 })).count, 1);
      assert.equal((await store.listChatsForUser({ userId: "nobody", order: "lastUpdated", limit: 2 })).count, 0);
      await store.clear();
      assert.equal((await store.listChatsForUser({ userId: "u1", order: "lastUpdated", limit: 2 })).count, 0);
    },
  },
  {
    name: "pages without repeats or gaps while other chats are created and changed",
    async run(store) {
      // 30 chats whose sort key never changes during the walk, and 10 that are touched.
      for (let i = 0; i < 30; i++) await store.insertChatIfAbsent(chat(`still${i}`, at(i), ["u1"]));
      for (let i = 0; i < 10; i++) await store.insertChatIfAbsent(chat(`moving${i}`, at(30 + i), ["u1"]));
      let step = 0;
      const writes = async () => {
        step++;
        await Promise.all([
          store.insertChatIfAbsent(chat(`new${step}`, at(100 + step), ["u1"])),
          store.change(`moving${step % 10}`, (c) => ({ chat: { ...c!, lastUpdatedDateTime: at(200 + step) }, result: 0 })),
        ]);
      };
      const seen = await walk(store, { userId: "u1", order: "lastUpdated" }, 3, writes);
      const still = seen.filter((id) => id.startsWith("still"));
      assert.equal(new Set(still).size, still.length, "no chat whose key did not change is listed twice");
      assert.equal(still.length, 30, "every chat whose key did not change is listed");
    },
  },
];
