// The benchmark's notification endpoint: node:http on 127.0.0.1 in the benchmark's own process. It
// answers the validation request as a receiver must (handleValidation), and every notification
// with 202 — at once, or after `delayMs` as a slow receiver would — noting when each
// `resourceData.id` arrived (performance.now(), the clock the sender's times are taken on).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleValidation } from "../../../src/client/notifications/validation.js";

export class BenchReceiver {
  /** First receipt of each resource id (ms, performance.now()). */
  readonly receivedAt = new Map<string, number>();
  /** Notifications of an id already received (a redelivery after a lost answer). */
  duplicates = 0;
  /** POSTs that were neither a validation request nor a readable change notification. */
  unreadable = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server = createServer((req, res) => this.handle(req, res));

  private constructor(private readonly delayMs: number) {}

  static async start(delayMs = 0): Promise<BenchReceiver> {
    const receiver = new BenchReceiver(delayMs);
    // Deliveries come one after another on kept-alive connections; a slow answer must not time one out.
    receiver.server.keepAliveTimeout = 10_000;
    await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/notify`;
  }

  /** Resolves once every id in `ids` has arrived, or at `deadline` (performance.now() ms); looks every 20 ms. */
  async waitFor(ids: readonly string[], deadline: number): Promise<void> {
    while (performance.now() < deadline && !ids.every((id) => this.receivedAt.has(id))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (handleValidation(req, res)) return;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const at = performance.now();
      this.record(Buffer.concat(chunks).toString("utf8"), at);
      if (this.delayMs === 0) return void res.writeHead(202).end();
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        res.writeHead(202).end();
      }, this.delayMs);
      this.timers.add(timer);
    });
  }

  private record(body: string, at: number): void {
    let ids: string[];
    try {
      const { value } = JSON.parse(body) as { value?: { resourceData?: { id?: unknown } }[] };
      ids = (value ?? []).map((n) => n.resourceData?.id).filter((id): id is string => typeof id === "string");
    } catch {
      ids = [];
    }
    if (ids.length === 0) this.unreadable++;
    for (const id of ids) {
      if (this.receivedAt.has(id)) this.duplicates++;
      else this.receivedAt.set(id, at);
    }
  }
}
