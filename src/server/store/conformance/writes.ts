// Conformance: inserts and changes — deduplication, atomicity, one writer per chat.
import assert from "node:assert/strict";
import type { ChatRecord } from "../types.js";
import type { ConformanceCase } from "./case.js";
import { allChatIds, at, chat, member, message, oneOnOne } from "./fixtures.js";

const addMember =
  (userId: string, limit = Infinity) =>
  (current: ChatRecord | undefined) => {
    if (!current) throw new Error("no chat");
    if (current.members.length >= limit) throw new Error("full");
    const next = { ...current, members: [...current.members, member(userId)] };
    return { chat: next, result: next.members.length };
  };

export const writeCases: ConformanceCase[] = [
  {
    name: "answers undefined for a chat it does not have",
    async run(store) {
      assert.equal(await store.getChat("nope"), undefined);
    },
  },
  {
    name: "stores a chat once: a second insert of the id returns the first and indexes nothing new",
    async run(store) {
      const id = "19:u1_u2@unq.gbl.spaces";
      const first = await store.insertChatIfAbsent(oneOnOne(id, at(1), ["u1", "u2"]));
      const second = await store.insertChatIfAbsent(oneOnOne(id, at(2), ["u1", "u3"]));
      assert.equal(first.inserted, true);
      assert.equal(second.inserted, false);
      assert.deepEqual(second.chat, first.chat);
      assert.deepEqual(await store.getChat(id), first.chat);
      assert.deepEqual(await allChatIds(store, "u1"), [id]);
      assert.deepEqual(await allChatIds(store, "u3"), []);
    },
  },
  {
    name: "stores one chat when 200 inserts of one id race, and every insert answers that chat",
    async run(store) {
      const id = "19:u1_u2@unq.gbl.spaces";
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => store.insertChatIfAbsent(oneOnOne(id, at(i % 60), ["u1", "u2"]))),
      );
      assert.equal(results.filter((r) => r.inserted).length, 1);
      const stored = await store.getChat(id);
      for (const r of results) assert.deepEqual(r.chat, stored);
      assert.deepEqual(await allChatIds(store, "u1"), [id]);
    },
  },
  {
    name: "hands an unknown chat to a change as undefined and writes nothing",
    async run(store) {
      const seen = await store.change("ghost", (current) => ({ result: current }));
      assert.equal(seen, undefined);
      assert.equal(await store.getChat("ghost"), undefined);
    },
  },
  {
    name: "commits a change's record and resolves to its result",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
      const result = await store.change("a", (current) => ({ chat: { ...current!, topic: "renamed" }, result: "done" }));
      assert.equal(result, "done");
      assert.equal((await store.getChat("a"))?.topic, "renamed");
    },
  },
  {
    name: "writes nothing when a change throws, and rejects with the error",
    async run(store) {
      const { chat: stored } = await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
      await assert.rejects(
        store.change("a", () => {
          throw new Error("rule violated");
        }),
        /rule violated/,
      );
      await assert.rejects(
        store.change("a", async () => {
          await Promise.resolve();
          throw new Error("later");
        }),
        /later/,
      );
      assert.deepEqual(await store.getChat("a"), stored);
    },
  },
  {
    name: "commits a message and its chat together, or neither",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
      const sent = message("a", 1, 2, "hello");
      await store.change("a", (current) => ({
        chat: { ...current!, lastMessage: sent, lastUpdatedDateTime: at(2) },
        message: sent,
        result: undefined,
      }));
      assert.equal((await store.getMessage("a", "1"))?.body.content, "hello");
      assert.equal((await store.getChat("a"))?.lastMessage?.id, "1");
      const refused = message("a", 2, 3);
      await assert.rejects(
        store.change("a", (current) => {
          const outcome = { chat: { ...current!, lastMessage: refused }, message: refused, result: undefined };
          if (outcome.message) throw new Error("rule violated after building the message");
          return outcome;
        }),
      );
      assert.equal(await store.getMessage("a", "2"), undefined);
      assert.equal((await store.getChat("a"))?.lastMessage?.id, "1");
    },
  },
  {
    name: "loses no update when 100 changes of one chat race",
    async run(store) {
      await store.insertChatIfAbsent(chat("busy", at(1), ["u0"]));
      await Promise.all(Array.from({ length: 100 }, (_, i) => store.change("busy", addMember(`u${i + 1}`))));
      const stored = await store.getChat("busy");
      assert.equal(stored?.members.length, 101);
      assert.equal(new Set(stored?.members.map((m) => m.userId)).size, 101);
    },
  },
  {
    name: "holds a limit checked inside changes: 300 racing adds to a chat capped at 250 leave 250",
    async run(store) {
      await store.insertChatIfAbsent(chat("capped", at(1), ["u0", "u1"]));
      const outcomes = await Promise.allSettled(Array.from({ length: 300 }, (_, i) => store.change("capped", addMember(`v${i}`, 250))));
      assert.equal(outcomes.filter((o) => o.status === "fulfilled").length, 248);
      assert.equal((await store.getChat("capped"))?.members.length, 250);
      // The lists follow the roster: exactly the admitted users list the chat.
      for (const [i, outcome] of outcomes.entries()) {
        assert.deepEqual(await allChatIds(store, `v${i}`), outcome.status === "fulfilled" ? ["capped"] : []);
      }
    },
  },
  {
    name: "gives each change the record the previous one wrote (no write from a stale read)",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1", "u2"]));
      const removal = store.change("a", (current) => ({
        chat: { ...current!, members: current!.members.filter((m) => m.userId !== "u2") },
        result: undefined,
      }));
      // A write that u2 may only make while still a member.
      const byU2 = store.change("a", (current) => {
        if (!current!.members.some((m) => m.userId === "u2")) throw new Error("not a member");
        return { chat: { ...current!, topic: "by u2" }, result: undefined };
      });
      const [, outcome] = await Promise.allSettled([removal, byU2]);
      const stored = await store.getChat("a");
      assert.deepEqual(
        stored?.members.map((m) => m.userId),
        ["u1"],
      );
      // Either u2 wrote first (and was removed after) or u2's write was refused; never both lost.
      if (outcome.status === "fulfilled") assert.equal(stored?.topic, "by u2");
      else assert.equal(stored?.topic, "a");
    },
  },
  {
    name: "lets a change read its chat's messages as the change sees them",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
      const sent = message("a", 7, 2, "first");
      await store.change("a", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: undefined }));
      const read = await store.change("a", async (_current, reader) => ({ result: (await reader.getMessage("7"))?.body.content }));
      assert.equal(read, "first");
    },
  },
  {
    name: "refuses a change that would create a chat or write another chat's id",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1"]));
      await assert.rejects(store.change("none", () => ({ chat: chat("none", at(1), ["u1"]), result: undefined })));
      await assert.rejects(store.change("a", () => ({ chat: chat("b", at(1), ["u1"]), result: undefined })));
      assert.equal(await store.getChat("none"), undefined);
      assert.equal(await store.getChat("b"), undefined);
    },
  },
  {
    name: "forgets every chat, list entry and message on clear, and takes new chats afterwards",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(1), ["u1", "u2"]));
      const sent = message("a", 1, 2);
      await store.change("a", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: undefined }));
      await store.clear();
      assert.equal(await store.getChat("a"), undefined);
      assert.deepEqual(await allChatIds(store, "u1"), []);
      assert.deepEqual((await store.listMessages({ chatId: "a", order: "lastModified", limit: 10 })).items, []);
      assert.equal((await store.insertChatIfAbsent(chat("a", at(3), ["u2"]))).inserted, true);
      assert.deepEqual(await allChatIds(store, "u2"), ["a"]);
      assert.deepEqual(await allChatIds(store, "u1"), []);
    },
  },
];
