// One run of the change-notification benchmark, on a fresh reference server: a new group chat,
// unmeasured warm-up sends (before subscribing, so they are not notified), the subscription if
// any, the measured sends, then the wait for their notifications. The server's CPU time over the
// run is read from /proc (Linux), a figure that other jobs on the machine disturb far less than
// throughput.
import { cpuMs } from "../cpu.js";
import { mintDevToken } from "../../../src/server/auth/mint.js";
import { BENCH_TENANT_ID } from "../data.js";
import { scenarios } from "../scenarios.js";
import { startTsChild, type Target } from "../targets.js";
import { BenchReceiver } from "./receiver.js";
import type { Subscriber } from "./report.js";

/** Per run: how long sends plus delivery may take before the run ends with what has arrived. */
export const DEADLINE_MS = 60_000;
export const IN_FLIGHT = 10;

export interface RunPlan {
  readonly subscriber: Subscriber | null;
  readonly receiverDelayMs: number;
  /** Wait for every notification (a slow receiver's would take minutes: they go one at a time, in order). */
  readonly waitForAll: boolean;
  readonly messages: number;
  readonly warmup: number;
}

export interface Sent {
  readonly id: string;
  readonly start: number;
  readonly answered: number;
}

export interface Run {
  readonly sent: readonly Sent[];
  readonly badAnswers: number;
  /** performance.now() at the first measured send, and when the last was answered. */
  readonly startedAt: number;
  readonly sendsEndedAt: number;
  readonly receivedAt: ReadonlyMap<string, number>;
  readonly duplicates: number;
  readonly unreadable: number;
  /** The server's CPU time from the first send to the end of the wait (or of the sends, with nothing to wait for). */
  readonly serverCpuMs: number | null;
}

export async function measureRun(plan: RunPlan): Promise<Run> {
  const server = await startTsChild("reference.ts", ["--chats", "1"]);
  const receiver = plan.subscriber ? await BenchReceiver.start(plan.receiverDelayMs) : undefined;
  try {
    const token = String(server.info.token);
    const chatId = await createChat(server, token);
    await sendAll(server.origin, token, chatId, plan.warmup);
    if (receiver && plan.subscriber) await subscribe(server.origin, token, plan.subscriber, chatId, receiver.url);
    const cpuBefore = await cpuMs(server.pid);
    const startedAt = performance.now();
    const { sent, badAnswers } = await sendAll(server.origin, token, chatId, plan.messages);
    const sendsEndedAt = performance.now();
    if (sent.length === 0) throw new Error(`notifications: all ${plan.messages} sends failed`);
    if (receiver && plan.waitForAll)
      await receiver.waitFor(
        sent.map((s) => s.id),
        startedAt + DEADLINE_MS,
      );
    const cpuAfter = await cpuMs(server.pid);
    return {
      sent,
      badAnswers,
      startedAt,
      sendsEndedAt,
      receivedAt: new Map(receiver?.receivedAt ?? []),
      duplicates: receiver?.duplicates ?? 0,
      unreadable: receiver?.unreadable ?? 0,
      serverCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    };
  } finally {
    await receiver?.close();
    await server.stop();
  }
}

async function createChat(server: Target, token: string): Promise<string> {
  const response = await fetch(`${server.origin}/v1.0/chats`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(scenarios(server.info)[0]?.body),
  });
  const body = (await response.json()) as { id?: unknown };
  if (response.status !== 201 || typeof body.id !== "string") throw new Error(`POST /chats answered ${response.status}`);
  return body.id;
}

/** The bench user's subscription to the chat's messages, or an application's to every chat's. */
async function subscribe(
  origin: string,
  userToken: string,
  subscriber: Subscriber,
  chatId: string,
  notificationUrl: string,
): Promise<void> {
  const token =
    subscriber === "chat" ? userToken : await mintDevToken({ kind: "app", tenantId: BENCH_TENANT_ID, roles: ["Chat.Read.All"] });
  const response = await fetch(`${origin}/v1.0/subscriptions`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      changeType: "created",
      notificationUrl,
      resource: subscriber === "chat" ? `/chats/${chatId}/messages` : "/chats/getAllMessages",
      expirationDateTime: new Date(Date.now() + 30 * 60_000).toISOString(),
      clientState: "bench",
    }),
  });
  if (response.status !== 201) throw new Error(`POST /subscriptions answered ${response.status}: ${await response.text()}`);
}

/** `count` messages to the chat, `IN_FLIGHT` at a time; each one's start and when its 201 (with the id) was read. */
async function sendAll(origin: string, token: string, chatId: string, count: number): Promise<{ sent: Sent[]; badAnswers: number }> {
  const url = `${origin}/v1.0/chats/${encodeURIComponent(chatId)}/messages`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const sent: Sent[] = [];
  let badAnswers = 0;
  let next = 0;
  const sender = async () => {
    while (next < count) {
      const body = JSON.stringify({ body: { content: `Bench message ${next++}` } });
      const start = performance.now();
      try {
        const response = await fetch(url, { method: "POST", headers, body });
        const answer = (await response.json()) as { id?: unknown };
        if (response.status === 201 && typeof answer.id === "string") sent.push({ id: answer.id, start, answered: performance.now() });
        else badAnswers++;
      } catch {
        badAnswers++;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
  return { sent, badAnswers };
}
