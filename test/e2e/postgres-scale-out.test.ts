// Two server processes (`npm start`'s entry, each its own port) on one PostgreSQL database behave as
// one Graph: a oneOnOne pair is one chat whichever instance creates it, a write on one is read on
// the other at once, racing sends split over both lose nothing, paging links work on either, and
// the directory and /_admin/reset reach both.
import { jest } from "@jest/globals";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import {
  ADELE,
  ALEX,
  call,
  ChatApi,
  demoTenantWith,
  eventually,
  inParallel,
  ISAIAH,
  JACOB,
  LYNNE,
  MEGAN,
  type ChatList,
  type GraphErrorBody,
  type Reply,
} from "./graph-http.js";
import { startServer, type ServerProcess } from "./server-process.js";

// Hundreds of requests and two server processes on a loaded 2-core machine: this bounds a hang.
jest.setTimeout(60_000);

describeWith("postgresql")("two server processes on one database", () => {
  let cluster: TestCluster | undefined;
  const servers: ServerProcess[] = [];
  let a: ChatApi;
  let b: ChatApi;
  /** The admin API's origin of A and B. */
  let adminA: string;
  let adminB: string;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    const url = await cluster.createDatabase();
    // Both at once on the fresh database: one migrates it, the other waits for the migration lock.
    const starting = [0, 1].map(() => startServer({ DATABASE_URL: url, ADMIN_API: "1" }));
    for (const result of await Promise.allSettled(starting)) if (result.status === "fulfilled") servers.push(result.value);
    if (servers.length < 2) throw new Error("a server did not start");
    const [first, second] = servers.map((s) => s.baseUrl);
    a = new ChatApi(first ?? "");
    b = new ChatApi(second ?? "");
    adminA = new URL(a.baseUrl).origin;
    adminB = new URL(b.baseUrl).origin;
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill("SIGKILL");
    await cluster?.remove();
  });

  beforeEach(async () => {
    expect((await call(`${adminA}/_admin/reset`, { method: "POST" })).status).toBe(204);
  });

  describe("createChat", () => {
    it("answers 201 with one chat id when creates of one oneOnOne pair race on both instances", async () => {
      const replies = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).createChat(i % 4 < 2 ? MEGAN : LYNNE, "oneOnOne", [MEGAN, LYNNE])),
      );
      expect(replies.map((r) => r.status)).toEqual(replies.map(() => 201));
      const ids = new Set(replies.map((r) => r.body.id));
      expect(ids.size).toBe(1);
      for (const api of [a, b]) {
        for (const user of [MEGAN, LYNNE]) expect((await api.allChats(user)).map((c) => c.id)).toEqual([...ids]);
      }
    });
  });

  describe("addChatMember", () => {
    it("shows a member added on A in B's member list right after the 201", async () => {
      const chat = await a.createChat(MEGAN, "group", [MEGAN, LYNNE], "Scale-out roster");
      expect(chat.status).toBe(201);
      const expected = [MEGAN, LYNNE];
      for (const user of [ADELE, ISAIAH, JACOB, ALEX]) {
        const added = await a.addMember(MEGAN, chat.body.id, user);
        expect(added.status).toBe(201);
        expected.push(user);
        const listed = await b.listMembers(LYNNE, chat.body.id);
        expect(listed.status).toBe(200);
        expect(listed.body.value.map((m) => m.userId)).toEqual(expected);
      }
      // The newest member reads the chat on B too.
      expect((await b.getChat(ALEX, chat.body.id)).status).toBe(200);
    });
  });

  describe("sendChatMessage", () => {
    it("keeps all of 200 concurrent sends split over both instances, with unique ids, listed identically newest first", async () => {
      const chat = await a.createChat(MEGAN, "group", [MEGAN, LYNNE]);
      expect(chat.status).toBe(201);
      const sent = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).sendMessage(i % 3 === 0 ? LYNNE : MEGAN, chat.body.id, `message ${i}`)),
      );
      expect(sent.map((r) => r.status)).toEqual(sent.map(() => 201));
      const ids = sent.map((r) => r.body.id);
      expect(new Set(ids).size).toBe(200);
      const newestFirst = [...ids].sort((x, y) => (BigInt(y) > BigInt(x) ? 1 : -1));
      const onA = (await a.allMessages(MEGAN, chat.body.id)).map((m) => m.id);
      const onB = (await b.allMessages(LYNNE, chat.body.id)).map((m) => m.id);
      expect(onA).toEqual(newestFirst);
      expect(onB).toEqual(onA);
      // Each text arrived once: nothing was lost or doubled under another id.
      const texts = (await b.allMessages(MEGAN, chat.body.id)).map((m) => m.body.content).sort();
      expect(texts).toEqual(Array.from({ length: 200 }, (_, i) => `message ${i}`).sort());
      // The chat's preview is the newest message, on both.
      for (const api of [a, b]) {
        const preview = await api.getChat(MEGAN, chat.body.id, "lastMessagePreview");
        expect(preview.body.lastMessagePreview?.id).toBe(newestFirst[0]);
      }
    });
  });

  describe("setChatMessageReaction, updateChatMessage, pinChatMessage", () => {
    it("sees on B every change made on A at once, and loses no reaction when five members react on both at the same time", async () => {
      const members = [MEGAN, LYNNE, ADELE, ISAIAH, JACOB];
      const chat = await a.createChat(MEGAN, "group", members, "Scale-out changes");
      expect(chat.status).toBe(201);
      const chatPath = (api: ChatApi) => `${api.baseUrl}/chats/${encodeURIComponent(chat.body.id)}`;
      const [first, second] = [await a.sendMessage(MEGAN, chat.body.id, "first"), await a.sendMessage(MEGAN, chat.body.id, "second")];
      const messageId = first.body.id;
      const reactions = await Promise.all(
        members.flatMap((user, i) =>
          ["👍", "like"].map((reactionType, j) =>
            call(`${chatPath((i + j) % 2 === 0 ? a : b)}/messages/${messageId}/setReaction`, {
              method: "POST",
              as: user,
              body: { reactionType },
            }),
          ),
        ),
      );
      expect(reactions.map((r) => r.status)).toEqual(reactions.map(() => 204));
      const edited = await call(`${chatPath(a)}/messages/${messageId}`, {
        method: "PATCH",
        as: MEGAN,
        body: { body: { content: "edited on A" } },
      });
      expect(edited.status).toBe(204);
      const pinned = await call(`${chatPath(a)}/pinnedMessages`, {
        method: "POST",
        as: LYNNE,
        body: { "message@odata.bind": `https://graph.microsoft.com/v1.0/chats/${chat.body.id}/messages/${messageId}` },
      });
      expect(pinned.status).toBe(201);
      const onB = await b.getMessage(ADELE, chat.body.id, messageId);
      expect(onB.body.body.content).toBe("edited on A");
      expect(onB.body.reactions).toHaveLength(10);
      // The edited message leads B's default (last modified) order; creation order is unchanged.
      expect((await b.allMessages(LYNNE, chat.body.id)).map((m) => m.id)).toEqual([messageId, second.body.id]);
      const pins = await call<{ value: { id: string }[] }>(`${chatPath(b)}/pinnedMessages`, { as: JACOB });
      expect(pins.body.value.map((p) => p.id)).toEqual([messageId]);
    });
  });

  describe("listChats", () => {
    it("pages with $top=3 through nextLinks followed alternately on A and B, each chat exactly once", async () => {
      const created = await inParallel(
        Array.from({ length: 10 }, (_, i) => i),
        5,
        async (i) => {
          const reply = await (i % 2 === 0 ? a : b).createChat(MEGAN, "group", [MEGAN, LYNNE, ADELE], `Paging ${i}`);
          expect(reply.status).toBe(201);
          return reply.body.id;
        },
      );
      const seen: string[] = [];
      let url: string | undefined = `${a.baseUrl}/chats?$top=3`;
      for (let page = 0; url; page++) {
        expect(page).toBeLessThan(10);
        // Page 0 from A, page 1 from B (with A's link), page 2 from A (with B's link), …
        const link: URL = new URL(url);
        const target = `${page % 2 === 0 ? adminA : adminB}${link.pathname}${link.search}`;
        const reply: Reply<ChatList> = await call<ChatList>(target, { as: LYNNE });
        expect([target, reply.status]).toEqual([target, 200]);
        expect(reply.body.value.length).toBeLessThanOrEqual(3);
        seen.push(...reply.body.value.map((c) => c.id));
        url = reply.body["@odata.nextLink"];
      }
      expect(seen.length).toBe(10);
      expect([...seen].sort()).toEqual([...created].sort());
    });
  });

  describe("PUT /_admin/directory", () => {
    it("lets B accept a token of a user that a directory change on A added, within 2 s", async () => {
      const { data, added } = demoTenantWith(1);
      const newcomer = added[0] ?? "";
      const before = await call<GraphErrorBody>(`${b.baseUrl}/me/chats`, { as: newcomer });
      expect(before.status).toBe(401);
      const put = await call(`${adminA}/_admin/directory`, { method: "PUT", body: data });
      expect(put.status).toBe(204);
      const started = Date.now();
      const accepted = await eventually(async () => (await call(`${b.baseUrl}/me/chats`, { as: newcomer })).status === 200, 2_000);
      expect({ accepted, withinMs: Date.now() - started < 2_500 }).toEqual({ accepted: true, withinMs: true });
      // And B uses the new directory for members too: a chat with the newcomer, made on B.
      const chat = await b.createChat(newcomer, "group", [newcomer, MEGAN]);
      expect(chat.status).toBe(201);
      expect((await a.listMembers(MEGAN, chat.body.id)).body.value.map((m) => m.displayName)).toEqual(["Test User 0", "Megan Bowen"]);
    });
  });

  describe("POST /_admin/reset", () => {
    it("on B empties the chats that A serves", async () => {
      const chat = await a.createChat(MEGAN, "group", [MEGAN, LYNNE]);
      expect(chat.status).toBe(201);
      expect(await a.allChats(MEGAN)).toHaveLength(1);
      expect((await call(`${adminB}/_admin/reset`, { method: "POST" })).status).toBe(204);
      expect(await a.allChats(MEGAN)).toEqual([]);
      const gone = await a.getChat(MEGAN, chat.body.id);
      expect(gone.status).toBe(404);
      expect((gone.body as unknown as GraphErrorBody).error.code).toBe("NotFound");
    });

    it("on B brings A back to the start directory", async () => {
      const { data, added } = demoTenantWith(1);
      expect((await call(`${adminA}/_admin/directory`, { method: "PUT", body: data })).status).toBe(204);
      expect(await eventually(async () => (await call(`${a.baseUrl}/me/chats`, { as: added[0] ?? "" })).status === 200, 2_000)).toBe(true);
      expect((await call(`${adminB}/_admin/reset`, { method: "POST" })).status).toBe(204);
      expect(await eventually(async () => (await call(`${a.baseUrl}/me/chats`, { as: added[0] ?? "" })).status === 401, 2_000)).toBe(true);
    });
  });
});
