// SharedState in PostgreSQL: the settings table holds secrets and the directory; a directory
// change is announced with NOTIFY, and every instance LISTENs on a connection of its own, which it
// re-opens (with back-off) when the database goes away and comes back.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DirectoryData } from "../../directory/directory.js";
import type { SharedState } from "../shared.js";
import { APPLICATION_NAME, translateError } from "./connect.js";

const CHANNEL = "graph_chat_contract_directory";
const DIRECTORY = "directory";

export class PostgresSharedState implements SharedState {
  private readonly listeners: ((data: DirectoryData) => void)[] = [];
  private listener: pg.Client | undefined;
  private closed = false;
  /** Identifies this instance's own NOTIFYs, which it need not act on. */
  private readonly instance = randomBytes(8).toString("hex");

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  async secret(name: string): Promise<Uint8Array> {
    const fresh = randomBytes(32).toString("base64");
    await this.query("INSERT INTO settings (name, value) VALUES ($1, to_jsonb($2::text)) ON CONFLICT (name) DO NOTHING", [
      `secret:${name}`,
      fresh,
    ]);
    const rows = await this.query<{ value: string }>("SELECT value FROM settings WHERE name = $1", [`secret:${name}`]);
    return Buffer.from(rows[0]?.value ?? fresh, "base64");
  }

  async loadDirectory(): Promise<DirectoryData | undefined> {
    return (await this.query<{ value: DirectoryData }>("SELECT value FROM settings WHERE name = $1", [DIRECTORY]))[0]?.value;
  }

  async saveDirectory(data: DirectoryData): Promise<void> {
    await this.query(
      `INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = now()`,
      [DIRECTORY, JSON.stringify(data)],
    );
    await this.query("SELECT pg_notify($1, $2)", [CHANNEL, this.instance]);
  }

  onDirectoryChange(listener: (data: DirectoryData) => void): void {
    this.listeners.push(listener);
    if (this.listeners.length === 1) void this.listen(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async query<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
    try {
      return (await this.pool.query<T>(text, values)).rows;
    } catch (error) {
      throw translateError(error);
    }
  }

  /**
   * Keeps one LISTEN connection open, reconnecting after losing it. Reloads the directory once each
   * connection listens: a change stored before that (while the database was away, or between this
   * instance's start and its first LISTEN) sent a NOTIFY that nobody here heard.
   */
  private async listen(attempt: number): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, application_name: APPLICATION_NAME });
    const retry = (error: unknown) => {
      if (this.closed || this.listener !== client) return;
      this.listener = undefined;
      this.onError(error);
      void client.end().catch(() => undefined);
      setTimeout(() => void this.listen(attempt + 1), Math.min(30_000, 500 * 2 ** attempt)).unref();
    };
    this.listener = client;
    client.on("error", retry);
    client.on("notification", (message) => {
      if (message.payload !== this.instance) void this.reload();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      await this.reload();
      attempt = 0;
    } catch (error) {
      retry(error);
    }
  }

  private async reload(): Promise<void> {
    try {
      const data = await this.loadDirectory();
      if (data) for (const listener of this.listeners) listener(data);
    } catch (error) {
      this.onError(error);
    }
  }
}
