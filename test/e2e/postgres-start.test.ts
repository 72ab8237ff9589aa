// Starting on PostgreSQL: a DATABASE_URL that cannot be used stops `npm start` within seconds with
// one line on stderr that names host, port and database and never the password; WORKERS=N needs a
// database; and the schema migrations are applied exactly once however many processes race to.
import { jest } from "@jest/globals";
import { spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { pino } from "pino";
import { startServer } from "../../src/server/index.js";
import pg from "pg";
import { MIGRATION_LOCK, shippedMigrations } from "../../src/server/store/postgres/migrate.js";
import { describeWith } from "../prerequisites/jest.js";
import { TestCluster } from "../support/postgres.js";
import { query } from "./database.js";
import { ChatApi, eventually, LYNNE, MEGAN } from "./graph-http.js";
import { failedStart, root, runToExit, spawnScript, type FinishedProcess } from "./server-process.js";

jest.setTimeout(60_000);

/** In every DATABASE_URL below; it must appear in no output. `%40` is an `@` in the password. */
const PASSWORD = "pw-Never-Printed-%40-7731";
const PASSWORD_FORMS = [PASSWORD, decodeURIComponent(PASSWORD)];

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A port that accepts connections and never answers, as a database behind a dead proxy would. */
async function silentPort(): Promise<{ port: number; server: Server; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => void sockets.add(socket.on("error", () => undefined)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as { port: number }).port, server, sockets };
}

function expectOneLine(result: FinishedProcess, line: RegExp): void {
  expect({ code: result.code, stdout: result.stdout, lines: result.stderr.split("\n").length }).toEqual({ code: 1, stdout: "", lines: 2 });
  expect(result.stderr).toMatch(line);
  for (const secret of PASSWORD_FORMS) expect(result.output).not.toContain(secret);
}

describeWith("postgresql")("starting on PostgreSQL", () => {
  let cluster: TestCluster | undefined;
  let silent: Awaited<ReturnType<typeof silentPort>> | undefined;

  beforeAll(async () => {
    cluster = await TestCluster.start();
  }, 60_000);

  afterAll(async () => {
    for (const socket of silent?.sockets ?? []) socket.destroy();
    silent?.server.close();
    await cluster?.remove();
  });

  describe("npm start with a DATABASE_URL it cannot use", () => {
    // The silent port's start waits out the connect timeout (5 s) while the other tests run.
    let silentStart: Promise<FinishedProcess> | undefined;
    let ports: { closed: number; silent: number; cluster: number };
    // The cluster knows the user postgres only: a missing database must not be a missing role first.
    const url = (port: number, database: string, user = "gcc_user") => `postgres://${user}:${PASSWORD}@127.0.0.1:${port}/${database}`;

    beforeAll(async () => {
      silent = await silentPort();
      ports = { closed: await closedPort(), silent: silent.port, cluster: (cluster as TestCluster).port };
      silentStart = failedStart({ DATABASE_URL: url(ports.silent, "chats") });
    });

    afterAll(() => silentStart);

    it("exits 1 within seconds for a closed port on 127.0.0.1", async () => {
      const result = await failedStart({ DATABASE_URL: url(ports.closed, "chats") });
      expectOneLine(
        result,
        new RegExp(
          `^graph-chat-contract: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${ports.closed}, database "chats" \\(user "gcc_user"\\): .*ECONNREFUSED.*\\n$`,
        ),
      );
      // Most of it is the process starting; the refused connection itself is immediate.
      expect(result.elapsedMs).toBeLessThan(10_000);
    });

    it("exits 1 within seconds for a database that does not exist", async () => {
      const result = await failedStart({ DATABASE_URL: url(ports.cluster, "gcc_missing", "postgres") });
      expectOneLine(
        result,
        new RegExp(
          `^graph-chat-contract: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${ports.cluster}, database "gcc_missing" \\(user "postgres"\\): .*database "gcc_missing" does not exist\\n$`,
        ),
      );
      expect(result.elapsedMs).toBeLessThan(10_000);
    });

    it("with WORKERS=2, exits 1 with the one line of the primary, before forking any worker", async () => {
      const result = await failedStart({ DATABASE_URL: url(ports.closed, "chats"), WORKERS: "2" });
      expectOneLine(
        result,
        new RegExp(`^graph-chat-contract: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${ports.closed}, database "chats"`),
      );
    });

    it("refuses WORKERS=2 without DATABASE_URL with one line saying why", async () => {
      const result = await failedStart({ WORKERS: "2" });
      expectOneLine(
        result,
        /^graph-chat-contract: WORKERS=2 needs DATABASE_URL: each process would otherwise keep its own chats in memory.*\n$/,
      );
    });

    it("exits 1 after the connect timeout, not hanging, when the port accepts connections but never answers", async () => {
      const result = (await silentStart) as FinishedProcess;
      expectOneLine(
        result,
        new RegExp(
          `^graph-chat-contract: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${ports.silent}, database "chats" .*timeout.*\\n$`,
        ),
      );
      expect(result.elapsedMs).toBeLessThan(15_000);
    });
  });

  describe("schema migrations", () => {
    let url: string;
    let latest: number;
    let versions: number[];
    const summary = () =>
      new RegExp(`^127\\.0\\.0\\.1:${(cluster as TestCluster).port}, database "${new URL(url).pathname.slice(1)}" \\(user "postgres"\\)`);

    beforeAll(async () => {
      url = await (cluster as TestCluster).createDatabase();
      versions = (await shippedMigrations()).map((m) => m.version);
      latest = Math.max(...versions);
    });

    it("applies each migration exactly once when three processes migrate a fresh database at once", async () => {
      // The test holds the migration lock until all three wait for it, so they do race for it.
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      let runs: FinishedProcess[];
      try {
        await holder.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
        // `npm run db:migrate` itself, its script directly, and the package command's `migrate`.
        const running = Promise.all([
          runToExit(spawn("npm", ["run", "--silent", "db:migrate"], { cwd: root, env: { ...process.env, DATABASE_URL: url } })),
          runToExit(spawnScript("scripts/db-migrate.ts", { DATABASE_URL: url })),
          runToExit(spawnScript("src/cli.ts", { DATABASE_URL: url }, ["migrate"])),
        ]);
        const waiting = async () =>
          (await holder.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0]
            ?.n;
        expect(await eventually(async () => (await waiting()) === 3, 20_000)).toBe(true);
        await holder.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
        runs = await running;
      } finally {
        await holder.end();
      }
      expect(runs.map((r) => [r.code, r.stderr])).toEqual(runs.map(() => [0, ""]));
      const lines = runs.map((r) => r.stdout);
      for (const line of lines) expect(line).toMatch(summary());
      const applied = `: schema version ${latest}, applied ${versions.map((v) => String(v).padStart(3, "0")).join(", ")}\n`;
      const upToDate = `: schema version ${latest}, already up to date\n`;
      expect(lines.map((line) => (line.endsWith(applied) ? "applied" : line.endsWith(upToDate) ? "up to date" : line)).sort()).toEqual([
        "applied",
        "up to date",
        "up to date",
      ]);
      const rows = await query<{ version: number; times: number }>(
        url,
        "SELECT version, count(*)::int AS times FROM schema_migrations GROUP BY version ORDER BY version",
      );
      expect(rows).toEqual(versions.map((version) => ({ version, times: 1 })));
    });

    it("says already up to date when run again", async () => {
      const again = await runToExit(spawnScript("scripts/db-migrate.ts", { DATABASE_URL: url }));
      expect([again.code, again.stderr]).toEqual([0, ""]);
      expect(again.stdout).toMatch(new RegExp(`${summary().source}: schema version ${latest}, already up to date\\n$`));
    });

    it("is what a server starting on a fresh database does by itself", async () => {
      const fresh = await (cluster as TestCluster).createDatabase();
      await expect(query(fresh, "SELECT 1 FROM schema_migrations")).rejects.toThrow(/does not exist/);
      const server = await startServer({ databaseUrl: fresh, logger: pino({ level: "silent" }) });
      try {
        const rows = await query<{ version: number }>(fresh, "SELECT version FROM schema_migrations ORDER BY version");
        expect(rows.map((r) => r.version)).toEqual(versions);
        expect((await new ChatApi(server.baseUrl).createChat(MEGAN, "oneOnOne", [MEGAN, LYNNE])).status).toBe(201);
      } finally {
        await server.close();
      }
    });
  });
});
