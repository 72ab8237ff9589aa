// Conformance: a chat's messages — both orders, paging, visible history, counts, and sends that race.
import assert from "node:assert/strict";
import type { MessageCursor, MessageOrder } from "../types.js";
import type { ConformanceCase } from "./case.js";
import { at, chat, ids, message, send } from "./fixtures.js";

const ORDERS: readonly MessageOrder[] = ["lastModified", "created"];

export const messageCases: ConformanceCase[] = [
  {
    name: "pages messages newest first in either order, honours a visible-history start, counts them all, and finds one by id",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1"]));
      for (let i = 1; i <= 5; i++) {
        const sent = message("c", 1000 + i, i, `${i}`);
        await store.change("c", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: 0 }));
      }
      for (const order of ORDERS) {
        const first = await store.listMessages({ chatId: "c", order, limit: 2 });
        assert.deepEqual(ids(first), ["1005", "1004"], order);
        assert.equal(first.count, 5, `${order}: the count is of every match, not of the page`);
        assert.deepEqual(first.next, { key: at(4), id: "1004" }, `${order}: the cursor is the last item's sort key and id`);
        const rest = await store.listMessages({ chatId: "c", order, limit: 10, after: first.next });
        assert.deepEqual(ids(rest), ["1003", "1002", "1001"], order);
        assert.equal(rest.next, undefined);
        assert.equal(rest.count, 5, `${order}: the cursor does not change the count`);
        const since = await store.listMessages({ chatId: "c", order, limit: 10, since: at(4) });
        assert.deepEqual(ids(since), ["1005", "1004"], order);
        assert.equal(since.count, 2, `${order}: messages before the visible history are not counted`);
      }
      assert.equal((await store.getMessage("c", "1003"))?.body.content, "3");
      assert.equal(await store.getMessage("c", "999"), undefined);
      assert.equal(await store.getMessage("other", "1003"), undefined);
      assert.deepEqual(await store.listMessages({ chatId: "other", order: "created", limit: 5 }), { items: [], count: 0 });
    },
  },
  {
    name: "bounds the sort key strictly on both sides, and counts the range",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1"]));
      for (let i = 1; i <= 6; i++) {
        // Last modified in the opposite order of creation, so each order has its own range.
        const sent = { ...message("c", 1000 + i, i, `${i}`), lastModifiedDateTime: at(20 - i) };
        await store.change("c", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: 0 }));
      }
      const created = await store.listMessages({ chatId: "c", order: "created", limit: 2, newerThan: at(2), olderThan: at(6) });
      assert.deepEqual(ids(created), ["1005", "1004"]);
      assert.equal(created.count, 3);
      const more = await store.listMessages({
        chatId: "c",
        order: "created",
        limit: 2,
        newerThan: at(2),
        olderThan: at(6),
        after: created.next,
      });
      assert.deepEqual(ids(more), ["1003"]);
      const modified = await store.listMessages({ chatId: "c", order: "lastModified", limit: 10, newerThan: at(14), olderThan: at(18) });
      assert.deepEqual(ids(modified), ["1003", "1004", "1005"], "newest last-modified first");
      assert.equal(modified.count, 3);
      const both = await store.listMessages({ chatId: "c", order: "lastModified", limit: 10, newerThan: at(14), since: at(4) });
      assert.deepEqual(ids(both), ["1004", "1005"]);
      assert.equal(both.count, 2);
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
      const past: MessageCursor = { key: "9999-12-31T23:59:59.999Z", id: "99999999999999999999999" };
      assert.equal((await store.listMessages({ chatId: "c", order: "created", limit: 5, after: past })).items.length, 1);
    },
  },
  {
    name: "keeps each chat's messages to itself",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(0), ["u1"]));
      await store.insertChatIfAbsent(chat("b", at(0), ["u1"]));
      await send(store, "a", "for a");
      await send(store, "b", "for b");
      const inA = await store.listMessages({ chatId: "a", order: "lastModified", limit: 10 });
      assert.deepEqual(
        inA.items.map((m) => m.body.content),
        ["for a"],
      );
      assert.equal(inA.count, 1);
    },
  },
  {
    name: "loses no message when 200 sends to one chat race, and lists them in id order",
    async run(store) {
      await store.insertChatIfAbsent(chat("busy", at(0), ["u1"]));
      const sent = await Promise.all(Array.from({ length: 200 }, (_, i) => send(store, "busy", `#${i}`)));
      assert.equal(new Set(sent.map((m) => m.id)).size, 200, "every send got its own id");
      for (const order of ORDERS) {
        const listed: string[] = [];
        let after: MessageCursor | undefined;
        do {
          const page = await store.listMessages({ chatId: "busy", order, limit: 7, after });
          assert.equal(page.count, 200);
          listed.push(...ids(page));
          after = page.next;
        } while (after);
        assert.equal(listed.length, 200);
        const numeric = listed.map(Number);
        assert.deepEqual(
          numeric,
          [...numeric].sort((x, y) => y - x),
          `${order}: newest first, no repeats`,
        );
      }
      assert.equal((await store.getChat("busy"))?.lastMessage?.id, String(Math.max(...sent.map((m) => Number(m.id)))));
    },
  },
];
