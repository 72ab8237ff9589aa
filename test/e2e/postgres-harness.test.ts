// startServer({ databaseUrl }) of the ./server export, in this process: instances on one database
// share chats, paging links and the directory, close() gives the database's connections back, and
// an outage of the database is a 503 with Retry-After in Graph's envelope, over by itself when the
// database is back.
import { jest } from "@jest/globals";
import { pino } from "pino";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { connectionsTo } from "./database.js";
import { ADELE, call, ChatApi, demoTenantWith, eventually, LYNNE, MEGAN, type ChatList, type Reply } from "./graph-http.js";

jest.setTimeout(60_000);

describeWith("postgresql")("startServer({ databaseUrl })", () => {
  let cluster: TestCluster | undefined;
  const started: RunningServer[] = [];
  /** What the servers logged at warn and above, parsed. */
  let logged: { level: number; msg: string; err?: { stack?: string } }[] = [];

  const start = async (databaseUrl: string): Promise<RunningServer> => {
    const logger = pino({ level: "warn" }, { write: (line: string) => logged.push(JSON.parse(line) as (typeof logged)[number]) });
    const server = await startServer({ databaseUrl, logger });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    cluster = await TestCluster.start();
  }, 60_000);

  beforeEach(() => {
    logged = [];
  });

  afterAll(async () => {
    // A database outage test that failed half-way must not leave the cluster stopped for remove().
    await Promise.all(started.map((server) => server.close({ graceMs: 0 }).catch(() => undefined)));
    await cluster?.remove();
  });

  it("lets two instances in one process share chats and paging links", async () => {
    const url = await (cluster as TestCluster).createDatabase();
    const [one, two] = [new ChatApi((await start(url)).baseUrl), new ChatApi((await start(url)).baseUrl)];
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const chat = await one.createChat(MEGAN, "group", [MEGAN, LYNNE], `Shared ${i}`);
      expect(chat.status).toBe(201);
      created.push(chat.body.id);
    }
    const read = await two.getChat(LYNNE, created[0] ?? "", "members");
    expect(read.status).toBe(200);
    expect(read.body.topic).toBe("Shared 0");
    expect(read.body.members?.map((m) => m.displayName)).toEqual(["Megan Bowen", "Lynne Robbins"]);

    const first: Reply<ChatList> = await call<ChatList>(`${one.baseUrl}/me/chats?$top=2`, { as: LYNNE });
    const link = new URL(first.body["@odata.nextLink"] ?? "");
    expect(link.searchParams.get("$skiptoken")).toBeTruthy();
    const rest = await two.allChats(LYNNE);
    const second: Reply<ChatList> = await call<ChatList>(`${new URL(two.baseUrl).origin}${link.pathname}${link.search}`, { as: LYNNE });
    expect(second.status).toBe(200);
    // The page after the first, as the instance that wrote the link would have served it.
    expect(second.body.value.map((c) => c.id)).toEqual(rest.slice(2, 4).map((c) => c.id));
    expect([...first.body.value, ...second.body.value].map((c) => c.id).sort()).toEqual(
      rest
        .slice(0, 4)
        .map((c) => c.id)
        .sort(),
    );
    expect(rest.map((c) => c.id).sort()).toEqual([...created].sort());
  });

  it("lets loadDirectory on one instance change the directory of the other", async () => {
    const url = await (cluster as TestCluster).createDatabase();
    const [one, two] = [await start(url), await start(url)];
    const { data, added } = demoTenantWith(1);
    await expect(two.token(added[0] ?? "")).rejects.toThrow(/no user/);
    await one.loadDirectory(data);
    expect(await eventually(async () => (await two.token(added[0] ?? "").catch(() => "")) !== "", 2_000)).toBe(true);
    expect((await call(`${two.baseUrl}/me/chats`, { as: added[0] ?? "" })).status).toBe(200);
  });

  it("gives every connection to the database back on close()", async () => {
    const url = await (cluster as TestCluster).createDatabase();
    const server = await start(url);
    const api = new ChatApi(server.baseUrl);
    // Busy enough that the pool holds several connections.
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => api.createChat(MEGAN, "group", [MEGAN, ADELE], `Busy ${i}`)));
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 201));
    const open = await connectionsTo(url);
    expect(open.length).toBeGreaterThan(1);
    expect(new Set(open.map((c) => c.application_name))).toEqual(new Set(["graph-chat-contract"]));
    await server.close();
    expect(await eventually(async () => (await connectionsTo(url)).length === 0, 2_000)).toBe(true);
  });

  describe("while the database is away", () => {
    it("answers 503 with Retry-After in Graph's envelope at once, and serves again by itself when the database is back", async () => {
      const db = cluster as TestCluster;
      const url = await db.createDatabase();
      const [server, other] = [await start(url), await start(url)];
      const api = new ChatApi(server.baseUrl);
      const chat = await api.createChat(MEGAN, "group", [MEGAN, LYNNE], "Before the outage");
      expect(chat.status).toBe(201);

      await db.stopServer();
      try {
        const requests: [string, () => Promise<Reply<unknown>>][] = [
          ["getChat", () => api.getChat(MEGAN, chat.body.id)],
          ["listMyChats", () => call(`${api.baseUrl}/me/chats`, { as: MEGAN })],
          ["sendChatMessage", () => api.sendMessage(MEGAN, chat.body.id, "during the outage")],
          ["createChat", () => api.createChat(MEGAN, "group", [MEGAN, LYNNE])],
        ];
        for (const [operation, request] of requests) {
          const started = Date.now();
          const reply = await request();
          const elapsedMs = Date.now() - started;
          expect({ operation, status: reply.status, quickly: elapsedMs < 7_000 }).toEqual({ operation, status: 503, quickly: true });
          expect(reply.headers.get("retry-after")).toBe("5");
          expect(reply.headers.get("content-type")).toMatch(/^application\/json/);
          expect(reply.body).toEqual({
            error: {
              code: "ServiceUnavailable",
              message: "The service is temporarily unavailable. Retry after the time in Retry-After.",
              innerError: expect.objectContaining({ "request-id": reply.headers.get("request-id"), date: expect.any(String) }),
            },
          });
          // Nothing of the failure's internals: no stack, no driver message, no database address.
          expect(reply.text).not.toMatch(/\n\s+at |ECONNREFUSED|Error:|postgres|127\.0\.0\.1:\d+/i);
        }
        // An outage is not a crash: one warning per refused request, no error with a stack.
        expect(logged.filter((entry) => entry.msg === "answered 503: the chat store is unavailable")).toHaveLength(requests.length);
        expect(logged.filter((entry) => entry.level >= 50 && entry.err !== undefined)).toEqual([]);
      } finally {
        await db.startServer();
      }

      expect(await eventually(async () => (await api.getChat(MEGAN, chat.body.id)).status === 200, 10_000)).toBe(true);
      expect((await api.sendMessage(MEGAN, chat.body.id, "after the outage")).status).toBe(201);
      expect((await api.allMessages(LYNNE, chat.body.id)).map((m) => m.body.content)).toEqual(["after the outage"]);
      // The instances hear each other's directory changes again (their LISTEN connection is back).
      const { data, added } = demoTenantWith(1);
      await server.loadDirectory(data);
      expect(await eventually(async () => (await other.token(added[0] ?? "").catch(() => "")) !== "", 15_000)).toBe(true);
    });
  });
});
