// The change-notification part of the benchmark's JSON file and of its printed report.

/** Who subscribes: the bench user to the chat's messages, or an application to every chat's. */
export type Subscriber = "chat" | "tenant";

export interface Spread {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export interface NotificationFigures {
  readonly scenario: string;
  readonly subscriber: Subscriber | null;
  readonly receiverDelayMs: number;
  readonly send: {
    /** Measured messages per second, the mean of the rounds. */
    readonly perSecond: number;
    /** Each send's time to its 201. */
    readonly latencyMs: Spread | null;
    readonly sent: number;
    readonly badAnswers: number;
    /**
     * The server's CPU time per message from the first send until every notification arrived (no
     * subscription, slow receiver: until the last send was answered); null off Linux.
     */
    readonly serverCpuMsPerMessage: number | null;
  };
  readonly delivery: {
    /** False: counted when the last send was answered (a slow receiver's would take minutes). */
    readonly waitedForAll: boolean;
    /** One per 201. */
    readonly expected: number;
    readonly received: number;
    /** Received by the time the last send was answered. */
    readonly duringSends: number;
    readonly duplicates: number;
    readonly unreadable: number;
    /** Receipt minus the time the sender read the write's 201 (may be below 0: the notification can come first). */
    readonly fromAnswerMs: Spread | null;
    /** Receipt minus the write's request start. */
    readonly fromStartMs: Spread | null;
    /** Notifications received per second, from the first send's start to the last receipt. */
    readonly perSecond: number;
  } | null;
}

export interface NotificationReport {
  readonly messages: number;
  readonly warmupMessages: number;
  readonly inFlight: number;
  readonly rounds: number;
  readonly deadlineSeconds: number;
  readonly scenarios: readonly NotificationFigures[];
}

/** Send throughput with a subscription, as a share of that without, at least. */
export const NOTIFICATION_SEND_TARGET = 0.8;

/** Nearest-rank p50 and p99 and the maximum; null for no samples. */
export function spread(samples: readonly number[]): Spread | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return { p50: rank(0.5), p99: rank(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");
const ms = (s: Spread | null) => (s ? `${fixed(s.p50, 1)} / ${fixed(s.p99, 1)} / ${fixed(s.max, 1)}` : "—");

export function notificationLines(report: NotificationReport | { skipped: string }): string[] {
  if ("skipped" in report) return [`change notification figures skipped: ${report.skipped}`];
  const { messages, inFlight, rounds, warmupMessages, deadlineSeconds } = report;
  const baseline = report.scenarios.find((s) => s.subscriber === null);
  const ratio = (s: NotificationFigures) => (baseline ? s.send.perSecond / baseline.send.perSecond : Number.NaN);
  const cpu = (s: NotificationFigures) => {
    const own = s.send.serverCpuMsPerMessage;
    const base = baseline?.send.serverCpuMsPerMessage;
    if (own === null) return "n/a";
    return s.subscriber && base ? `${fixed(own, 2)} (${fixed(own / base, 2)}×)` : fixed(own, 2);
  };
  const lines = [
    `change notifications: ${messages} messages to one group chat, ${inFlight} in flight, after ${warmupMessages} unmeasured; a fresh server process per run, sender and receiver (node:http, 202) in the benchmark's; ${rounds} round${rounds === 1 ? "" : "s"} in alternating order, ${deadlineSeconds} s deadline per run`,
    "",
    "| run | send msg/s | send p50 / p99 ms | bad answers | server CPU ms per message (/ no subscription) | send / no subscription |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const s of report.scenarios) {
    const latency = s.send.latencyMs ? `${fixed(s.send.latencyMs.p50, 1)} / ${fixed(s.send.latencyMs.p99, 1)}` : "—";
    lines.push(
      `| ${s.scenario} | ${fixed(s.send.perSecond)} | ${latency} | ${s.send.badAnswers} | ${cpu(s)} | ${fixed(s.subscriber ? ratio(s) : 1, 2)}× |`,
    );
  }
  lines.push("");
  lines.push(
    "| subscription | delivered | of them while sending | 201 → receipt p50 / p99 / max ms | request start → receipt p50 / p99 / max ms | delivered /s |",
  );
  lines.push("|---|---:|---:|---:|---:|---:|");
  for (const s of report.scenarios) {
    const d = s.delivery;
    if (!d) continue;
    const all = d.waitedForAll;
    const extra = [d.duplicates ? `${d.duplicates} twice` : "", d.unreadable ? `${d.unreadable} unreadable` : ""]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `| ${s.scenario} | ${all ? `${d.received}/${d.expected}` : "not awaited"}${extra ? ` (${extra})` : ""} | ${d.duringSends} | ${all ? ms(d.fromAnswerMs) : "—"} | ${all ? ms(d.fromStartMs) : "—"} | ${all ? fixed(d.perSecond) : "—"} |`,
    );
  }
  const waited = report.scenarios.flatMap((s) => (s.delivery?.waitedForAll ? [s.delivery] : []));
  const received = waited.reduce((sum, d) => sum + d.received, 0);
  const expected = waited.reduce((sum, d) => sum + d.expected, 0);
  lines.push(
    `notifications delivered within the deadline: ${received}/${expected} (target: all ${verdict(received === expected && expected > 0)})`,
  );
  for (const s of report.scenarios.filter((f) => f.subscriber)) {
    lines.push(
      `send throughput, ${s.scenario} / no subscription: ${fixed(ratio(s), 2)}× (target ≥ ${NOTIFICATION_SEND_TARGET}× ${verdict(ratio(s) >= NOTIFICATION_SEND_TARGET)})`,
    );
  }
  return lines;
}
