// Test doubles for the client: a scripted fetch that records what it was asked, and the reference
// server listening on a free local port. Injected through the client's `fetch` and `baseUrl`
// options; no globals are mocked.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { components, Writable } from "../../generated/schema.js";
import { createApp, type AppOptions } from "../../src/server/app.js";
import { mintDevToken } from "../../src/server/auth/mint.js";
import { DEMO_TENANT_ID } from "../../src/server/directory/demo-tenant.js";

export const JACOB = "4595d2f2-7b31-446c-84fd-9b795e63114b";
export const ALEX = "5e6e7a25-b0a7-4cbe-8c0e-8a4b2b0cd5f3";
export const MEGAN = "8c0a1a67-50ce-4114-bb6c-da9c5dbcf6ca";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface FakeFetch {
  fetch: typeof fetch;
  /** Every request received, in order. */
  requests: Request[];
}

/** A fetch that records each request and answers with `reply` (default: 200 `{}`). */
export function fakeFetch(reply: (request: Request) => Response | Promise<Response> = () => jsonResponse(200, {})): FakeFetch {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    return reply(request.clone());
  };
  return { fetch, requests };
}

/** A fake fetch answering with `replies` in order (the last one again once they run out). */
export function scriptedFetch(...replies: ((request: Request) => Response | Promise<Response>)[]): FakeFetch {
  let next = 0;
  return fakeFetch((request) => {
    const reply = replies[Math.min(next++, replies.length - 1)];
    if (!reply) throw new Error("scriptedFetch needs at least one reply");
    return reply(request);
  });
}

/** A sleep for retryMiddleware that records each delay and returns at once (honouring aborts). */
export function recordingSleep(): { sleep: (ms: number, signal: AbortSignal) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      signal.throwIfAborted();
      delays.push(ms);
    },
  };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/** The request at `index`, failing the test readably when there is none. */
export function requestAt(fake: FakeFetch, index: number): Request {
  const request = fake.requests[index];
  if (!request) throw new Error(`expected a request #${index}, got ${fake.requests.length}`);
  return request;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` (no version segment). */
  origin: string;
  close(): Promise<void>;
}

/** The reference server (fresh in-memory store) on 127.0.0.1, on a port the OS picks. */
export async function startServer(options: AppOptions = {}): Promise<RunningServer> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = createApp(options).listen(0, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        // fetch keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A delegated development token for a demo-tenant user. */
export function userToken(userId: string, scopes = "Chat.Create Chat.ReadWrite"): Promise<string> {
  return mintDevToken({ kind: "user", userId, tenantId: DEMO_TENANT_ID, scopes });
}

/** A member entry for createChat's body. */
export function member(user: string, role: "owner" | "guest" = "owner"): Writable<components["schemas"]["aadUserConversationMember"]> {
  return {
    "@odata.type": "#microsoft.graph.aadUserConversationMember",
    roles: [role],
    "user@odata.bind": `https://graph.microsoft.com/v1.0/users('${user}')`,
  };
}
