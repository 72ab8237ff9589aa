// Upstreams for the proxy's tests: small node:http servers on 127.0.0.1 that answer as a test
// scripts them (a broken Graph), and a logger whose lines the test can read.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { pino, type Logger } from "pino";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";

export const JACOB = "4595d2f2-7b31-446c-84fd-9b795e63114b";
export const CHAT_ID = "19:abc@thread.v2";

export interface FakeUpstream {
  readonly url: string;
  /** Each request the upstream received, with its body bytes. */
  readonly received: { method: string; url: string; headers: IncomingMessage["headers"]; body: Buffer }[];
  close(): Promise<void>;
}

/** A Graph stand-in: `answer` writes the response for each request, after its body is read. */
export async function fakeUpstream(answer: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void): Promise<FakeUpstream> {
  const received: FakeUpstream["received"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      answer(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers `body` as JSON with Graph's request ids (unless `headers` overrides them). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const id = randomUUID();
  res.writeHead(status, { "content-type": "application/json", "request-id": id, "client-request-id": id, ...headers });
  res.end(JSON.stringify(body));
}

export function graphError(status: number, code: string, message = "failed"): unknown {
  return {
    error: { code, message, innerError: { date: "2026-03-01T12:00:00Z", "request-id": randomUUID(), "client-request-id": randomUUID() } },
  };
}

/** A chat as Graph answers GET /chats/{chatId}. */
export function chat(id = CHAT_ID, topic: unknown = "Launch"): Record<string, unknown> {
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats/$entity",
    id,
    topic,
    createdDateTime: "2026-03-01T12:00:00Z",
    lastUpdatedDateTime: "2026-03-01T12:00:00Z",
    chatType: "group",
    webUrl: "https://teams.microsoft.com/l/chat/19%3Aabc%40thread.v2/0?tenantId=dcd219dd-bc68-4b9b-bf0b-4a33a796be35",
    tenantId: DEMO_TENANT_ID,
    isHiddenForAllMembers: false,
    onlineMeetingInfo: null,
    viewpoint: { isHidden: false, lastMessageReadDateTime: "2026-03-01T12:00:00Z" },
  };
}

/** A logger at `level` whose lines are kept as text. */
export function capturedLogger(level = "warn"): { logger: Logger; lines: () => string } {
  let text = "";
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: pino({ level }, sink), lines: () => text };
}

export function token(user = JACOB, scopes = "Chat.ReadWrite Chat.Create"): Promise<string> {
  return mintDevToken({ kind: "user", userId: user, tenantId: DEMO_TENANT_ID, scopes });
}

export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
