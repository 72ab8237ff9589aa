// Conformance: a chat's pinned messages are part of its record — kept in the order they were
// pinned, written only through a change (so racing pins of one chat serialise), and read back
// with the chat wherever the chat is read.
import assert from "node:assert/strict";
import type { ChatRecord, PinRecord } from "../types.js";
import type { ConformanceCase } from "./case.js";
import { at, chat, send } from "./fixtures.js";

const pin = (messageId: string, second: number, pinnedByUserId: string | null = "u1"): PinRecord => ({
  messageId,
  pinnedDateTime: at(second),
  pinnedByUserId,
});

/** The chat's pins; a chat without any may leave the property out. */
const pinsOf = (record: ChatRecord | undefined) => record?.pinnedMessages ?? [];

export const pinCases: ConformanceCase[] = [
  {
    name: "keeps a chat's pins in the order they were made, with who pinned them, and forgets an unpinned one",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1", "u2"]));
      const before = await store.getChat("c");
      assert.deepEqual(pinsOf(before), [], "a new chat has no pins");
      const pins = [pin("1001", 1), pin("1003", 2, null), pin("1002", 3, "u2")];
      for (const p of pins) {
        await store.change("c", (current) => ({ chat: { ...current!, pinnedMessages: [...pinsOf(current), p] }, result: 0 }));
      }
      assert.deepEqual(pinsOf(await store.getChat("c")), pins);
      const listed = (await store.listChatsForUser({ userId: "u2", order: "lastUpdated", limit: 10 })).items[0];
      assert.deepEqual(pinsOf(listed), pins, "a listed chat carries its pins too");
      await store.change("c", (current) => ({
        chat: { ...current!, pinnedMessages: pinsOf(current).filter((p) => p.messageId !== "1003") },
        result: 0,
      }));
      const after = await store.getChat("c");
      assert.deepEqual(pinsOf(after), [pins[0], pins[2]]);
      assert.equal(after?.lastUpdatedDateTime, before?.lastUpdatedDateTime, "pins are the only thing that changed");
      assert.equal(after?.topic, "c");
    },
  },
  {
    name: "stores the pins a chat is inserted with, and writes no pin of a change that throws",
    async run(store) {
      const pins = [pin("1001", 1)];
      await store.insertChatIfAbsent({ ...chat("c", at(0), ["u1"]), pinnedMessages: pins });
      assert.deepEqual(pinsOf(await store.getChat("c")), pins);
      await assert.rejects(
        store.change("c", (current) => {
          const next = { ...current!, pinnedMessages: [...pinsOf(current), pin("1002", 2)] };
          if (next.pinnedMessages.length > 1) throw new Error("too many pins");
          return { chat: next, result: 0 };
        }),
        /too many pins/,
      );
      assert.deepEqual(pinsOf(await store.getChat("c")), pins);
    },
  },
  {
    name: "loses no pin when 50 pins of different messages of one chat race",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1", "u2"]));
      const sent = [];
      for (let i = 0; i < 50; i++) sent.push(await send(store, "c", `m${i}`));
      // Each pin reads the message inside its change, as the rule does, before adding itself.
      await Promise.all(
        sent.map((message, i) =>
          store.change("c", async (current, read) => {
            assert.ok(await read.getMessage(message.id), `message ${message.id} is readable inside the change`);
            return { chat: { ...current!, pinnedMessages: [...pinsOf(current), pin(message.id, i % 60)] }, result: 0 };
          }),
        ),
      );
      const pinned = pinsOf(await store.getChat("c")).map((p) => p.messageId);
      assert.equal(pinned.length, 50, `${pinned.length} of 50 pins kept`);
      assert.deepEqual([...pinned].sort(), sent.map((m) => m.id).sort());
    },
  },
];
