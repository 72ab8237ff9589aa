// A real webhook on 127.0.0.1 for end-to-end tests of change notifications: it answers Graph's
// validation handshake with the receiver helper a user would use (handleValidation), records every
// notification POST, and answers each as the test planned — a status, a slow answer, no answer at
// all, or a redirect — so retries, time-outs and ordering are seen from the receiving end.
// (concepts/change-notifications-delivery-webhooks.md)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleValidation } from "../../src/client/notifications/validation.js";
import type {
  ChangeNotification,
  ChangeNotificationCollection,
  LifecycleNotification,
  LifecycleNotificationCollection,
} from "../../src/client/notifications/types.js";

/** How to answer one notification POST. */
export type Answer =
  /** This status at once, with an empty body. */
  | number
  /** Never answer: the sender's time-out is the only way out. */
  | "hang"
  /** This status after a wait. */
  | { readonly status: number; readonly delayMs: number }
  /** 302 to this URL. */
  | { readonly redirect: string };

/** One POST that was not a validation request. */
export interface Post {
  readonly path: string;
  /** The query string as sent, without `?`. */
  readonly query: string;
  readonly contentType: string | undefined;
  readonly text: string;
  /** The JSON body, or undefined when it is not JSON. */
  readonly body: unknown;
  /** When it arrived (Date.now()). */
  readonly at: number;
  /** What it was answered (or "hang"). */
  readonly answer: Answer;
  /** How many earlier POSTs to the same path were still unanswered when it arrived. */
  readonly openAtArrival: number;
}

export class NotificationReceiver {
  readonly posts: Post[] = [];
  /** Paths of the validation requests answered, in order. */
  readonly validations: string[] = [];
  private readonly planned = new Map<string, Answer[]>();
  private readonly standing = new Map<string, Answer>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly hanging = new Set<ServerResponse>();
  /** Unanswered notification POSTs per path. */
  private readonly open = new Map<string, number>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<NotificationReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const receiver = new NotificationReceiver(server, (server.address() as AddressInfo).port);
    server.on("request", (req, res) => receiver.handle(req, res));
    return receiver;
  }

  /** `http://127.0.0.1:{port}{path}`. */
  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The next notification POSTs to `path` are answered with these, in turn; then as {@link always} says (default 202). */
  plan(path: string, ...answers: Answer[]): void {
    this.planned.set(path, [...(this.planned.get(path) ?? []), ...answers]);
  }

  /** Every notification POST to `path` is answered so (after the planned ones). */
  always(path: string, answer: Answer): void {
    this.standing.set(path, answer);
  }

  /** The notification POSTs to `path` (without its query), oldest first. */
  postsTo(path: string): Post[] {
    return this.posts.filter((p) => p.path === path);
  }

  /** Every change notification POSTed to `path`, flattened out of the batches, oldest first. */
  changes(path: string): ChangeNotification[] {
    return this.postsTo(path).flatMap((p) => (p.body as ChangeNotificationCollection).value);
  }

  /** Every lifecycle notification POSTed to `path`, oldest first. */
  lifecycle(path: string): LifecycleNotification[] {
    return this.postsTo(path).flatMap((p) => (p.body as LifecycleNotificationCollection).value);
  }

  /** Resolves once `count` change notifications reached `path`; rejects after `ms` saying how many did. */
  async changesAt(path: string, count: number, ms = 10_000): Promise<ChangeNotification[]> {
    await waitUntil(
      () => this.changes(path).length >= count,
      `${count} change notifications at ${path}`,
      ms,
      () => JSON.stringify(this.changes(path).map((c) => `${c.changeType} ${c.resource}`)),
    );
    return this.changes(path);
  }

  /** Resolves once `count` lifecycle notifications reached `path`. */
  async lifecycleAt(path: string, count: number, ms = 10_000): Promise<LifecycleNotification[]> {
    await waitUntil(
      () => this.lifecycle(path).length >= count,
      `${count} lifecycle notifications at ${path}`,
      ms,
      () => JSON.stringify(this.lifecycle(path)),
    );
    return this.lifecycle(path);
  }

  /** Forgets what was received and planned. */
  forget(): void {
    this.posts.length = 0;
    this.validations.length = 0;
    this.planned.clear();
    this.standing.clear();
  }

  /** Closes every connection, answered or not, and stops listening. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://receiver");
      if (handleValidation(req, res)) {
        this.validations.push(url.pathname);
        return;
      }
      const text = Buffer.concat(chunks).toString("utf8");
      const answer = this.planned.get(url.pathname)?.shift() ?? this.standing.get(url.pathname) ?? 202;
      const openAtArrival = this.open.get(url.pathname) ?? 0;
      this.open.set(url.pathname, openAtArrival + 1);
      res.on("close", () => this.open.set(url.pathname, (this.open.get(url.pathname) ?? 1) - 1));
      this.posts.push({
        path: url.pathname,
        query: url.search.slice(1),
        contentType: req.headers["content-type"],
        text,
        body: parseJson(text),
        at: Date.now(),
        answer,
        openAtArrival,
      });
      this.respond(res, answer);
    });
  }

  private respond(res: ServerResponse, answer: Answer): void {
    if (answer === "hang") {
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    if (typeof answer === "number") {
      res.writeHead(answer).end();
      return;
    }
    if ("redirect" in answer) {
      res.writeHead(302, { Location: answer.redirect }).end();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!res.destroyed) res.writeHead(answer.status).end();
    }, answer.delayMs);
    this.timers.add(timer);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Polls `check` every 20 ms; rejects after `ms` naming what was awaited (and `state()`, what there was). */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, ms = 10_000, state?: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}${state ? `; there were: ${state()}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
