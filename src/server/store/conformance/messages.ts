// Conformance: a chat's messages — order, paging, visible history, and sends that race.
import assert from "node:assert/strict";
import type { ConformanceCase } from "./case.js";
import { at, chat, message, send } from "./fixtures.js";

export const messageCases: ConformanceCase[] = [
  {
    name: "pages messages newest first, honours a visible-history start, and finds one by id",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1"]));
      for (let i = 1; i <= 5; i++) {
        const sent = message("c", 1000 + i, i, `${i}`);
        await store.change("c", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: 0 }));
      }
      const first = await store.listMessages({ chatId: "c", limit: 2 });
      assert.deepEqual(
        first.items.map((m) => m.id),
        ["1005", "1004"],
      );
      const rest = await store.listMessages({ chatId: "c", limit: 10, before: first.next });
      assert.deepEqual(
        rest.items.map((m) => m.id),
        ["1003", "1002", "1001"],
      );
      assert.equal(rest.next, undefined);
      const since = await store.listMessages({ chatId: "c", limit: 10, since: at(4) });
      assert.deepEqual(
        since.items.map((m) => m.id),
        ["1005", "1004"],
      );
      assert.equal((await store.getMessage("c", "1003"))?.body.content, "3");
      assert.equal(await store.getMessage("c", "999"), undefined);
      assert.equal(await store.getMessage("other", "1003"), undefined);
    },
  },
  {
    name: "answers no message for ids that name none, whatever their text",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1"]));
      await send(store, "c", "only");
      for (const id of ["abc", "", "-1", "1.5", "99999999999999999999999", "1 OR 1=1", "'"]) {
        assert.equal(await store.getMessage("c", id), undefined, `message id ${JSON.stringify(id)}`);
      }
      assert.equal((await store.listMessages({ chatId: "c", limit: 5, before: "99999999999999999999999" })).items.length, 1);
    },
  },
  {
    name: "keeps each chat's messages to itself",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(0), ["u1"]));
      await store.insertChatIfAbsent(chat("b", at(0), ["u1"]));
      await send(store, "a", "for a");
      await send(store, "b", "for b");
      const inA = await store.listMessages({ chatId: "a", limit: 10 });
      assert.deepEqual(
        inA.items.map((m) => m.body.content),
        ["for a"],
      );
    },
  },
  {
    name: "loses no message when 200 sends to one chat race, and lists them in id order",
    async run(store) {
      await store.insertChatIfAbsent(chat("busy", at(0), ["u1"]));
      const sent = await Promise.all(Array.from({ length: 200 }, (_, i) => send(store, "busy", `#${i}`)));
      assert.equal(new Set(sent.map((m) => m.id)).size, 200, "every send got its own id");
      const listed: string[] = [];
      let before: string | undefined;
      do {
        const page = await store.listMessages({ chatId: "busy", limit: 7, before });
        listed.push(...page.items.map((m) => m.id));
        before = page.next;
      } while (before);
      assert.equal(listed.length, 200);
      const numeric = listed.map(Number);
      assert.deepEqual(
        numeric,
        [...numeric].sort((x, y) => y - x),
        "newest first, no repeats",
      );
      assert.equal((await store.getChat("busy"))?.lastMessage?.id, String(Math.max(...numeric)));
    },
  },
];
