// Conformance: what a message carries is kept exactly, and a stored message can be replaced (an
// edit, a reaction, a deletion) — moving in last-modified order only — or not at all.
import assert from "node:assert/strict";
import type { MessageRecord } from "../types.js";
import type { ConformanceCase } from "./case.js";
import { at, chat, ids, message } from "./fixtures.js";

/** A message with every optional part filled in, as a send with mentions, a card and an image stores it. */
const rich = (chatId: string, id: number, second: number): MessageRecord => ({
  ...message(chatId, id, second, '<at id="0">Ada</at> <attachment id="card-1"></attachment> <img src="../hostedContents/aWQ9eF8w/$value">'),
  body: { contentType: "html", content: "" },
  subject: "Ünïcode ✓ 'quotes' \"too\"",
  importance: "urgent",
  mentions: [
    {
      id: 0,
      mentionText: "Ada",
      mentioned: {
        application: null,
        device: null,
        user: { id: "u2", displayName: "Ada", userIdentityType: "aadUser" },
        conversation: null,
        tag: null,
      },
    },
  ],
  attachments: [
    {
      id: "card-1",
      contentType: "application/vnd.microsoft.card.adaptive",
      contentUrl: null,
      content: '{"type":"AdaptiveCard","body":[]}',
      name: null,
      thumbnailUrl: null,
      teamsAppId: null,
    },
  ],
  hostedContents: [{ id: "aWQ9eF8w", contentType: "image/png", contentBytes: "iVBORw0KGgo=" }],
  reactions: [{ reactionType: "💘", displayName: "Heart", createdDateTime: at(second + 1), userId: "u2" }],
  policyViolation: { dlpAction: "notifySender", justificationText: null, policyTip: null, userAction: "none", verdictDetails: "none" },
});

export const messageUpdateCases: ConformanceCase[] = [
  {
    name: "keeps mentions, attachments, inline images, reactions and a policy verdict exactly as written",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1", "u2"]));
      const sent = rich("c", 1001, 1);
      await store.change("c", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: 0 }));
      assert.deepEqual(await store.getMessage("c", "1001"), sent);
      assert.deepEqual((await store.listMessages({ chatId: "c", order: "created", limit: 1 })).items[0], sent);
      assert.deepEqual((await store.getChat("c"))?.lastMessage, sent, "the chat's last message is the whole message");
    },
  },
  {
    name: "replaces a message: it moves to the front of last-modified order only, and the chat's last message reads as replaced",
    async run(store) {
      await store.insertChatIfAbsent(chat("c", at(0), ["u1", "u2"]));
      for (let i = 1; i <= 3; i++) {
        const sent = message("c", 1000 + i, i);
        await store.change("c", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: 0 }));
      }
      const edited: MessageRecord = { ...message("c", 1001, 1, "edited"), lastModifiedDateTime: at(10), lastEditedDateTime: at(10) };
      await store.change("c", () => ({ updatedMessage: edited, result: 0 }));
      assert.deepEqual(await store.getMessage("c", "1001"), edited);
      assert.deepEqual(ids(await store.listMessages({ chatId: "c", order: "lastModified", limit: 10 })), ["1001", "1003", "1002"]);
      assert.deepEqual(ids(await store.listMessages({ chatId: "c", order: "created", limit: 10 })), ["1003", "1002", "1001"]);
      const deleted: MessageRecord = { ...message("c", 1003, 3), lastModifiedDateTime: at(11), deletedDateTime: at(11) };
      await store.change("c", () => ({ updatedMessage: deleted, result: 0 }));
      assert.deepEqual((await store.getChat("c"))?.lastMessage, deleted);
      assert.equal(
        (await store.listMessages({ chatId: "c", order: "lastModified", limit: 10 })).count,
        3,
        "a replacement is not a new message",
      );
    },
  },
  {
    name: "loses no reaction when 100 members react to one message at once, each reading the message inside its change",
    async run(store) {
      const users = Array.from({ length: 100 }, (_, i) => `u${i}`);
      await store.insertChatIfAbsent(chat("c", at(0), users));
      const sent = message("c", 1001, 1);
      await store.change("c", (current) => ({ chat: { ...current!, lastMessage: sent }, message: sent, result: 0 }));
      await Promise.all(
        users.map((userId, i) =>
          store.change("c", async (_, read) => {
            const current = await read.getMessage("1001");
            if (!current) throw new Error("the message is gone");
            const reaction = { reactionType: "👍", displayName: "Like", createdDateTime: at(2 + i), userId };
            return {
              updatedMessage: { ...current, reactions: [...current.reactions, reaction], lastModifiedDateTime: at(2 + i) },
              result: 0,
            };
          }),
        ),
      );
      const stored = await store.getMessage("c", "1001");
      assert.deepEqual(stored?.reactions.map((r) => r.userId).sort(), [...users].sort());
      assert.equal((await store.getChat("c"))?.lastMessage?.reactions.length, 100, "the chat's last message shows every reaction");
    },
  },
  {
    name: "refuses to replace a message that is not stored in that chat, and writes nothing of that change",
    async run(store) {
      await store.insertChatIfAbsent(chat("a", at(0), ["u1"]));
      await store.insertChatIfAbsent(chat("b", at(0), ["u1"]));
      const inA = message("a", 1001, 1);
      await store.change("a", (current) => ({ chat: { ...current!, lastMessage: inA }, message: inA, result: 0 }));
      for (const [chatId, updated] of [
        ["a", message("a", 1002, 2)],
        ["b", message("a", 1001, 1, "from another chat")],
      ] as const) {
        await assert.rejects(
          store.change(chatId, (current) => ({ chat: { ...current!, topic: "changed" }, updatedMessage: updated, result: 0 })),
          `change(${chatId}) with a message ${updated.chatId}/${updated.id}`,
        );
        assert.equal((await store.getChat(chatId))?.topic, chatId, "the chat is as it was");
      }
      assert.equal((await store.getMessage("a", "1001"))?.body.content, "m1001");
    },
  },
];
