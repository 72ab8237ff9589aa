// WORKERS=2 with DATABASE_URL: `npm start` forks two worker processes that serve one port from one
// database, and a SIGTERM to the primary lets every worker finish its requests before all exit 0.
import { jest } from "@jest/globals";
import { once } from "node:events";
import { get } from "node:http";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { connectionsTo } from "./database.js";
import { ADELE, ChatApi, eventually, inParallel, LYNNE, MEGAN, tokenFor } from "./graph-http.js";
import { Connection, heldPostHeaders, withTimeout } from "./raw-connection.js";
import { startServer, type ServerProcess } from "./server-process.js";

jest.setTimeout(60_000);

/** The request log's lines (LOG_LEVEL=info): which process answered what. */
function requestLines(output: string): { pid: number; req: { method: string; url: string }; res: { statusCode: number } }[] {
  return output
    .split("\n")
    .slice(0, -1) // the last line may still be arriving
    .filter((line) => line.startsWith("{") && line.includes('"req":'))
    .map((line) => JSON.parse(line) as { pid: number; req: { method: string; url: string }; res: { statusCode: number } });
}

/** A GET on a connection of its own (a kept-alive one would stay with the worker that accepted it). */
function getOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 10_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} timed out`)));
    request.on("error", reject);
  });
}

describeWith("postgresql")("WORKERS=2 with DATABASE_URL", () => {
  let cluster: TestCluster | undefined;
  let url: string;
  let server: ServerProcess | undefined;
  let api: ChatApi;

  beforeAll(async () => {
    cluster = await TestCluster.start();
    url = await cluster.createDatabase();
    server = await startServer({ DATABASE_URL: url, WORKERS: "2", LOG_LEVEL: "info" });
    api = new ChatApi(server.baseUrl);
  }, 60_000);

  afterAll(async () => {
    // SIGKILL reaches the primary only; its workers notice the primary is gone and exit.
    if (server && server.child.exitCode === null) server.child.kill("SIGKILL");
    await cluster?.remove();
  });

  it("serves from both workers: every one of many concurrent creates succeeds and is listed through the port", async () => {
    const primary = server as ServerProcess;
    expect(primary.output()).toContain("2 worker processes");
    // The banner comes from the first worker to listen; connections go round-robin to the workers
    // listening when they arrive, so wait until the second one answers too.
    const answering = () => new Set(requestLines(primary.output()).map((line) => line.pid)).size;
    const bothListen = await eventually(
      async () => (await getOnNewConnection(`${primary.baseUrl}/chats`)) === 401 && answering() === 2,
      15_000,
    );
    expect(bothListen).toBe(true);
    const logged = primary.output().length;
    const created = await inParallel(
      Array.from({ length: 60 }, (_, i) => i),
      12,
      async (i) => {
        const reply = await api.createChat(MEGAN, "group", [MEGAN, LYNNE, ADELE], `Worker chat ${i}`);
        expect(reply.status).toBe(201);
        return reply.body.id;
      },
    );
    expect(new Set(created).size).toBe(60);
    for (const user of [MEGAN, LYNNE]) expect((await api.allChats(user)).map((c) => c.id).sort()).toEqual([...created].sort());

    // A request's log line is written when its response has gone, so it may arrive just after.
    const creates = () => requestLines(primary.output().slice(logged)).filter((line) => line.req.method === "POST");
    await eventually(async () => creates().length >= 60, 5_000);
    expect(creates().map((line) => line.res.statusCode)).toEqual(created.map(() => 201));
    const workers = new Set(creates().map((line) => line.pid));
    expect(workers.size).toBe(2);
    expect(workers.has(primary.child.pid ?? 0)).toBe(false);
  });

  it("on SIGTERM to the primary, lets the workers finish the in-flight request, closes their connections and exits 0", async () => {
    const primary = server as ServerProcess;
    const chat = await api.createChat(MEGAN, "group", [MEGAN, LYNNE], "Draining");
    expect(chat.status).toBe(201);
    const body = JSON.stringify({ body: { content: "sent while the workers drain" } });
    const inFlight = new Connection(Number(new URL(primary.baseUrl).port));
    inFlight.write(heldPostHeaders(`/v1.0/chats/${encodeURIComponent(chat.body.id)}/messages`, await tokenFor(MEGAN), body));
    await inFlight.waitFor(/HTTP\/1\.1 100 Continue\r\n\r\n/);

    const exited = once(primary.child, "exit");
    primary.child.kill("SIGTERM");
    const draining = () => (primary.output().match(/shutting down: finishing in-flight requests/g) ?? []).length;
    expect(await eventually(async () => draining() === 2, 10_000)).toBe(true);
    inFlight.write(body);
    await withTimeout(inFlight.closed, 10_000, "the in-flight request");
    expect(inFlight.lastResponse().status).toBe(201);

    const [code] = (await withTimeout(exited, 15_000, "the primary exiting")) as [number | null];
    expect(code).toBe(0);
    // Both workers said so before the primary exited (their lines may reach us just after its exit).
    expect(await eventually(async () => (primary.output().match(/"msg":"stopped"/g) ?? []).length === 2, 2_000)).toBe(true);
    expect(await eventually(async () => (await connectionsTo(url)).length === 0, 3_000)).toBe(true);
  });
});
