// What a server on PostgreSQL keeps across the end of its process: a SIGTERM drains (the in-flight
// request finishes, then the pool is ended before the process exits 0), the next server finds
// every chat and message, and after a SIGKILL in the middle of concurrent writes every write that
// was acknowledged is there and no chat is half written. The tests run in order on one database:
// each server takes over the database the previous one left.
import { jest } from "@jest/globals";
import { once } from "node:events";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { connectionsTo, logUnendedConnections, serverLog, UNENDED_CONNECTION } from "./database.js";
import { call, ChatApi, demoTenantWith, eventually, inParallel, ISAIAH, JACOB, LYNNE, MEGAN, tokenFor, type Chat } from "./graph-http.js";
import { Connection, heldPostHeaders, withTimeout } from "./raw-connection.js";
import { startServer, type ServerProcess } from "./server-process.js";

jest.setTimeout(60_000);

/** What the tests wrote and were told was written: chat id → members (in join order) and message ids. */
type Expected = Map<string, { members: string[]; messages: string[] }>;

describeWith("postgresql")("a server on PostgreSQL across restarts", () => {
  let cluster: TestCluster | undefined;
  let url: string;
  const servers: ServerProcess[] = [];
  const expected: Expected = new Map();
  /** Users of the directory stored on the first start, beyond the demo tenant. */
  let extraUsers: string[] = [];
  /** The server the second test started, which the third kills. */
  let running: { server: ServerProcess; api: ChatApi } | undefined;

  const start = async (): Promise<{ server: ServerProcess; api: ChatApi }> => {
    const server = await startServer({ DATABASE_URL: url, ADMIN_API: "1", LOG_LEVEL: "info" });
    servers.push(server);
    return { server, api: new ChatApi(server.baseUrl) };
  };

  beforeAll(async () => {
    cluster = await TestCluster.start();
    url = await cluster.createDatabase();
    await logUnendedConnections(url);
  }, 60_000);

  afterAll(async () => {
    for (const server of servers) if (server.child.exitCode === null) server.child.kill("SIGKILL");
    await cluster?.remove();
  });

  it("on SIGTERM finishes the in-flight request, ends every database connection before exiting, and exits 0", async () => {
    const { server, api } = await start();
    const { data, added } = demoTenantWith(60);
    extraUsers = added;
    expect((await call(`${new URL(server.baseUrl).origin}/_admin/directory`, { method: "PUT", body: data })).status).toBe(204);
    await inParallel(
      Array.from({ length: 8 }, (_, i) => i),
      4,
      async (i) => {
        const members = [MEGAN, LYNNE, ...(i % 2 === 0 ? [ISAIAH] : [])];
        const chat = await api.createChat(MEGAN, "group", members, `Durable ${i}`);
        expect(chat.status).toBe(201);
        const messages: string[] = [];
        for (let m = 0; m < 4; m++) {
          const sent = await api.sendMessage(m % 2 === 0 ? MEGAN : LYNNE, chat.body.id, `chat ${i} message ${m}`);
          expect(sent.status).toBe(201);
          messages.push(sent.body.id);
        }
        expected.set(chat.body.id, { members, messages });
      },
    );
    const pair = await api.createChat(MEGAN, "oneOnOne", [MEGAN, JACOB]);
    expect(pair.status).toBe(201);
    expected.set(pair.body.id, { members: [MEGAN, JACOB], messages: [] });

    // A send held in flight: the server has its headers, and gets its body only after SIGTERM.
    const [target] = [...expected.keys()];
    const body = JSON.stringify({ body: { content: "sent during shutdown" } });
    const inFlight = new Connection(Number(new URL(server.baseUrl).port));
    inFlight.write(heldPostHeaders(`/v1.0/chats/${encodeURIComponent(target ?? "")}/messages`, await tokenFor(MEGAN), body));
    await inFlight.waitFor(/HTTP\/1\.1 100 Continue\r\n\r\n/);

    const held = await connectionsTo(url);
    expect(held.length).toBeGreaterThan(0);
    // Every connection says whose it is, so an operator can find them in pg_stat_activity.
    expect(held.map((c) => c.application_name)).toEqual(held.map(() => "graph-chat-contract"));
    const logBefore = serverLog(cluster as TestCluster).length;

    const exited = once(server.child, "exit");
    server.child.kill("SIGTERM");
    expect(await eventually(async () => server.output().includes("shutting down"), 10_000)).toBe(true);
    inFlight.write(body);
    await withTimeout(inFlight.closed, 10_000, "the in-flight request");
    const response = inFlight.lastResponse();
    expect(response.status).toBe(201);
    const message = JSON.parse(response.body) as { id: string; body: { content: string } };
    expect(message.body.content).toBe("sent during shutdown");
    expected.get(target ?? "")?.messages.push(message.id);

    const [code] = (await withTimeout(exited, 15_000, "exiting")) as [number | null];
    expect(code).toBe(0);
    expect(await eventually(async () => (await connectionsTo(url)).length === 0, 3_000)).toBe(true);
    // A connection the process did not end itself would have been cut at exit, which the database logs.
    expect(
      serverLog(cluster as TestCluster)
        .slice(logBefore)
        .match(UNENDED_CONNECTION),
    ).toBeNull();
  });

  it("a server started after a SIGTERM finds every chat, member and message", async () => {
    expect(expected.size).toBe(9);
    running = await start();
    const { server, api } = running;
    for (const [chatId, { members, messages }] of expected) {
      const chat = await api.getChat(MEGAN, chatId, "members");
      expect([chatId, chat.status]).toEqual([chatId, 200]);
      expect(chat.body.members?.map((m) => m.userId)).toEqual(members);
      expect((await api.allMessages(MEGAN, chatId)).map((m) => m.id)).toEqual([...messages].reverse());
    }
    expect((await api.allChats(MEGAN)).map((c) => c.id).sort()).toEqual([...expected.keys()].sort());
    // The directory the first server stored is in use: its users' tokens are accepted (not 401).
    expect((await call(`${server.baseUrl}/me/chats`, { as: extraUsers[0] ?? "" })).status).toBe(200);
  });

  it("after a SIGKILL during concurrent member adds and sends, a new server finds every acknowledged write and only whole chats", async () => {
    const { server, api } = running ?? (await start());
    const groups = [...expected.keys()].filter((id) => id.endsWith("@thread.v2"));
    expect(groups).toHaveLength(8);
    const acknowledged = {
      adds: [] as { chatId: string; userId: string }[],
      sends: [] as { chatId: string; id: string; content: string }[],
    };
    let unanswered = 0;
    let other = 0;
    let killed = false;
    let next = 0;
    const exited = once(server.child, "exit");
    const logBefore = serverLog(cluster as TestCluster).length;

    // Writers keep 24 writes in flight until the kill: each write adds a user not yet in its chat
    // or sends a message; whatever was answered 201 before the kill must survive it.
    const writer = async () => {
      while (!killed) {
        const n = next++;
        const chatId = groups[n % groups.length] ?? "";
        try {
          if (n % 3 === 0) {
            const userId = extraUsers[Math.floor(n / 3) % extraUsers.length] ?? "";
            const reply = await api.addMember(MEGAN, chatId, userId);
            if (reply.status === 201) acknowledged.adds.push({ chatId, userId });
            else other++;
          } else {
            const content = `write ${n}`;
            const reply = await api.sendMessage(LYNNE, chatId, content);
            if (reply.status === 201) acknowledged.sends.push({ chatId, id: reply.body.id, content });
            else other++;
          }
        } catch {
          unanswered++;
        }
      }
    };
    const writers = Promise.all(Array.from({ length: 24 }, writer));
    try {
      expect(await eventually(async () => acknowledged.adds.length + acknowledged.sends.length >= 90, 20_000)).toBe(true);
    } finally {
      // Also when the writes never got going: the writers stop, the server dies.
      killed = true;
      server.child.kill("SIGKILL");
    }
    const [, signal] = (await withTimeout(exited, 10_000, "dying")) as [number | null, string | null];
    await withTimeout(writers, 20_000, "the writers");
    expect(signal).toBe("SIGKILL");
    expect(other).toBe(0);
    // The kill did cut writes in flight, and the database saw connections cut (the check in the
    // SIGTERM test would have noticed them).
    expect(unanswered).toBeGreaterThan(0);
    expect(serverLog(cluster as TestCluster).slice(logBefore)).toMatch(UNENDED_CONNECTION);

    const { server: successor, api: fresh } = await start();
    const membersOf = new Map<string, string[]>();
    const messagesOf = new Map<string, Map<string, string>>();
    for (const chatId of expected.keys()) {
      membersOf.set(
        chatId,
        (await fresh.listMembers(MEGAN, chatId)).body.value.map((m) => m.userId ?? ""),
      );
      messagesOf.set(chatId, new Map((await fresh.allMessages(MEGAN, chatId)).map((m) => [m.id, m.body.content])));
    }
    for (const { chatId, userId } of acknowledged.adds) expect([userId, membersOf.get(chatId)?.includes(userId)]).toEqual([userId, true]);
    for (const { chatId, id, content } of acknowledged.sends) expect([id, messagesOf.get(chatId)?.get(id)]).toEqual([id, content]);
    for (const [chatId, { members, messages }] of expected) {
      expect(membersOf.get(chatId)?.slice(0, members.length)).toEqual(members);
      for (const id of messages) expect([id, messagesOf.get(chatId)?.has(id)]).toEqual([id, true]);
    }

    await expectWholeChats(fresh, await fresh.allChats(MEGAN));
    expect(await successor.stop()).toBe(0);
  });
});

/** Every chat readable, its members listed as the chat says, its preview its newest message, and in each member's list. */
async function expectWholeChats(api: ChatApi, chats: readonly Chat[]): Promise<void> {
  const listsOf = new Map<string, Set<string>>();
  for (const { id } of chats) {
    const chat = await api.getChat(MEGAN, id, "members");
    expect([id, chat.status]).toEqual([id, 200]);
    const members = (chat.body.members ?? []).map((m) => m.userId ?? "");
    const listed = await api.listMembers(MEGAN, id);
    expect([id, listed.status]).toEqual([id, 200]);
    expect(listed.body.value.map((m) => m.userId)).toEqual(members);
    expect(new Set(members).size).toBe(members.length);

    const messages = await api.allMessages(MEGAN, id);
    const ids = messages.map((m) => BigInt(m.id));
    expect(ids.every((value, i) => i === 0 || value < (ids[i - 1] ?? 0n))).toBe(true);
    const preview = await api.getChat(MEGAN, id, "lastMessagePreview");
    expect([id, preview.body.lastMessagePreview?.id ?? null]).toEqual([id, messages[0]?.id ?? null]);
    if (messages[0]) expect((await api.getMessage(MEGAN, id, messages[0].id)).status).toBe(200);

    for (const member of members) {
      let list = listsOf.get(member);
      if (!list) listsOf.set(member, (list = new Set((await api.allChats(member)).map((c) => c.id))));
      expect([member, list.has(id)]).toEqual([member, true]);
    }
  }
}
