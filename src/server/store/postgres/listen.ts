// One LISTEN connection per channel and instance, kept open: when the database goes away it is
// re-opened with back-off. NOTIFYs sent while no connection listened are lost, so `onListening`
// runs each time a connection starts listening, for the owner to catch up (reload, re-check).
import pg from "pg";
import { APPLICATION_NAME } from "./connect.js";

export interface ChannelHandlers {
  /** A NOTIFY on the channel, with its payload. */
  onNotification(payload: string): void;
  /** A (new) connection listens now: whatever was announced before it was not heard. */
  onListening(): void | Promise<void>;
  /** The connection failed or was lost; it is re-opened. */
  onError(error: unknown): void;
}

export class ChannelListener {
  private client: pg.Client | undefined;
  private started = false;
  private closed = false;

  constructor(
    private readonly url: string,
    /** A plain identifier: it is written into the LISTEN statement as it is. */
    private readonly channel: string,
    private readonly handlers: ChannelHandlers,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  /** Opens the connection, once; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.listen(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(attempt: number): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, application_name: APPLICATION_NAME });
    const retry = (error: unknown) => {
      if (this.closed || this.client !== client) return;
      this.client = undefined;
      this.handlers.onError(error);
      void client.end().catch(() => undefined);
      setTimeout(() => void this.listen(attempt + 1), Math.min(30_000, 500 * 2 ** attempt)).unref();
    };
    this.client = client;
    client.on("error", retry);
    client.on("notification", (message) => this.handlers.onNotification(message.payload ?? ""));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      attempt = 0;
    } catch (error) {
      retry(error);
      return;
    }
    try {
      await this.handlers.onListening();
    } catch (error) {
      this.handlers.onError(error);
    }
  }
}
