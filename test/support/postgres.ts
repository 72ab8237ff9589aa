// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder (as the `postgres` user
// when running as root, since initdb refuses root), started on 127.0.0.1 and a free port with
// fsync off, and removed afterwards. Never a shared or preinstalled database, never a mock.
// `npm run bench` starts its clusters with this too, so nothing here may import jest.
import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { openPool } from "../../src/server/store/postgres/connect.js";
import { migrate } from "../../src/server/store/postgres/migrate.js";
import { prerequisite } from "../prerequisites/table.js";

const run = promisify(execFile);
const asRoot = userInfo().uid === 0;

export class TestCluster {
  private databases = 0;

  private constructor(
    private readonly bin: string,
    readonly dir: string,
    readonly port: number,
    private readonly settings: Readonly<Record<string, string>>,
  ) {}

  /**
   * initdb + start: about 1.5 s. `settings` are server settings (`-c name=value`) added to the
   * defaults below, e.g. more shared_buffers for a benchmark's large tables.
   */
  static async start(settings: Readonly<Record<string, string>> = {}): Promise<TestCluster> {
    const bin = prerequisite("postgresql").locate();
    if (!bin) throw new Error("PostgreSQL's server binaries are missing (see test/prerequisites)");
    const dir = mkdtempSync(join(tmpdir(), "gcc-pg-"));
    if (asRoot) chownSync(dir, ...postgresIds());
    const cluster = new TestCluster(bin, dir, await freePort(), settings);
    await cluster.exec("initdb", [
      "-D",
      join(dir, "data"),
      "--auth=trust",
      "-U",
      "postgres",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
    ]);
    await cluster.startServer();
    return cluster;
  }

  /** A connection URL for `database` on this cluster. */
  url(database = "postgres"): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** A new, empty database; resolves to its URL. */
  async createDatabase(): Promise<string> {
    const name = `test_${process.pid}_${++this.databases}`;
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** A new database with the server's schema migrated in; resolves to its URL. */
  async createMigratedDatabase(): Promise<string> {
    const url = await this.createDatabase();
    const pool = await openPool(url);
    try {
      await migrate(pool);
    } finally {
      await pool.end();
    }
    return url;
  }

  /** Stops the server (connections are cut, as when a database goes away); the data stays. */
  async stopServer(): Promise<void> {
    await this.exec("pg_ctl", ["-D", join(this.dir, "data"), "-m", "immediate", "-w", "stop"]);
  }

  /**
   * Starts the server again on the same port. fsync off is safe for stopServer() (the files stay
   * with the operating system); synchronous_commit stays on, or the last commits before an
   * immediate stop would be lost with PostgreSQL's own WAL buffers.
   */
  async startServer(): Promise<void> {
    const extra = Object.entries(this.settings).map(([name, value]) => ` -c ${name}=${value}`);
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200${extra.join("")}`;
    await this.exec("pg_ctl", ["-D", join(this.dir, "data"), "-l", join(this.dir, "server.log"), "-o", options, "-w", "start"]);
  }

  /** Stops the server and removes every file of the cluster. */
  async remove(): Promise<void> {
    await this.stopServer().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async exec(command: string, args: string[]): Promise<void> {
    const path = join(this.bin, command);
    await (asRoot ? run("runuser", ["-u", "postgres", "--", path, ...args]) : run(path, args));
  }
}

function postgresIds(): [number, number] {
  // The Debian package creates the `postgres` user; its ids come from the password database.
  const line = /^postgres:[^:]*:(\d+):(\d+):/m.exec(readFileSync("/etc/passwd", "utf8"));
  if (!line) throw new Error("no postgres user: install PostgreSQL (see test/prerequisites)");
  return [Number(line[1]), Number(line[2])];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
