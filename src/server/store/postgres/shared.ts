// SharedState in PostgreSQL: the settings table holds secrets and the directory; a directory
// change is announced with NOTIFY, and every instance LISTENs on a connection of its own, which it
// re-opens (with back-off) when the database goes away and comes back.
import { randomBytes } from "node:crypto";
import type pg from "pg";
import type { DirectoryData } from "../../directory/directory.js";
import type { SharedState } from "../shared.js";
import { translateError } from "./connect.js";
import { ChannelListener } from "./listen.js";

const CHANNEL = "graph_chat_contract_directory";
const DIRECTORY = "directory";

export class PostgresSharedState implements SharedState {
  private readonly listeners: ((data: DirectoryData) => void)[] = [];
  /** Identifies this instance's own NOTIFYs, which it need not act on. */
  private readonly instance = randomBytes(8).toString("hex");
  private readonly listener: ChannelListener;

  constructor(
    private readonly pool: pg.Pool,
    url: string,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    // Reloads once each connection listens: a change stored before that (while the database was
    // away, or between this instance's start and its first LISTEN) sent a NOTIFY nobody here heard.
    this.listener = new ChannelListener(url, CHANNEL, {
      onNotification: (payload) => {
        if (payload !== this.instance) void this.reload();
      },
      onListening: () => this.reload(),
      onError,
    });
  }

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
    this.listener.start();
  }

  /** The text under `name`; concurrent first callers each may call `create`, but one value is stored and all get it. */
  async document(name: string, create: () => string | Promise<string>): Promise<string> {
    const key = `document:${name}`;
    const read = async () => (await this.query<{ value: string }>("SELECT value FROM settings WHERE name = $1", [key]))[0]?.value;
    const stored = await read();
    if (stored !== undefined) return stored;
    const fresh = await create();
    await this.query("INSERT INTO settings (name, value) VALUES ($1, to_jsonb($2::text)) ON CONFLICT (name) DO NOTHING", [key, fresh]);
    return (await read()) ?? fresh;
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  private async query<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
    try {
      return (await this.pool.query<T>(text, values)).rows;
    } catch (error) {
      throw translateError(error);
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
