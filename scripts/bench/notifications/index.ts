// Change notifications in the benchmark: 1,000 messages sent to one group chat (10 in flight),
// first with no subscription (the baseline), then with a subscription to the chat's messages, with
// an application's /chats/getAllMessages subscription, and with the chat's subscription whose
// receiver answers after 200 ms. Figures: the send throughput of each against the baseline (what
// notifications cost the API path), whether every notification arrived, and the time from each
// write's 201 (and from its request's start) to its notification's receipt.
//
// The server is a child process, as elsewhere in the benchmark; the sender and the receiver run
// here. Had the server run in this process, its fan-out and delivery, the sender and the receiver
// would share one event loop, and the receiver's work would be counted as the API's. Sender and
// receiver share this process's loop instead: receipt times include waiting behind the sender's
// answers, but both sides use one clock (performance.now()) and no clocks need aligning.
import { DEADLINE_MS, IN_FLIGHT, measureRun, type Run, type RunPlan } from "./run.js";
import { spread, type NotificationFigures, type NotificationReport } from "./report.js";

export interface NotificationOptions {
  readonly quick: boolean;
  readonly rounds: number;
  readonly progress: (text: string) => void;
}

const SLOW_RECEIVER_MS = 200;

type Scenario = Omit<RunPlan, "messages" | "warmup"> & { readonly label: string };

const SCENARIOS: readonly Scenario[] = [
  { label: "no subscription", subscriber: null, receiverDelayMs: 0, waitForAll: false },
  { label: "/chats/{id}/messages (delegated)", subscriber: "chat", receiverDelayMs: 0, waitForAll: true },
  { label: "/chats/getAllMessages (application)", subscriber: "tenant", receiverDelayMs: 0, waitForAll: true },
  {
    label: `/chats/{id}/messages, receiver answers after ${SLOW_RECEIVER_MS} ms`,
    subscriber: "chat",
    receiverDelayMs: SLOW_RECEIVER_MS,
    waitForAll: false,
  },
];

/** Each scenario `rounds` times on a fresh server, the order reversed every other round. */
export async function measureNotifications({ quick, rounds, progress }: NotificationOptions): Promise<NotificationReport> {
  const messages = quick ? 200 : 1_000;
  const warmup = quick ? 50 : 200;
  const runs = new Map<Scenario, Run[]>(SCENARIOS.map((s) => [s, []]));
  for (let round = 0; round < rounds; round++) {
    for (const scenario of round % 2 === 0 ? SCENARIOS : [...SCENARIOS].reverse()) {
      progress(`notifications: ${scenario.label}, round ${round + 1}/${rounds}`);
      runs.get(scenario)?.push(await measureRun({ ...scenario, messages, warmup }));
    }
  }
  return {
    messages,
    warmupMessages: warmup,
    inFlight: IN_FLIGHT,
    rounds,
    deadlineSeconds: DEADLINE_MS / 1000,
    scenarios: SCENARIOS.map((scenario) => figures(scenario, runs.get(scenario) ?? [])),
  };
}

/** Rounds folded into one figure: mean throughputs; percentiles over every message of every round. */
function figures(scenario: Scenario, runs: readonly Run[]): NotificationFigures {
  const mean = (pick: (run: Run) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / Math.max(runs.length, 1);
  const sum = (pick: (run: Run) => number) => runs.reduce((total, run) => total + pick(run), 0);
  const all = runs.flatMap((run) => run.sent);
  const cpu = runs.every((run) => run.serverCpuMs !== null) && all.length > 0 ? sum((run) => run.serverCpuMs ?? 0) / all.length : null;
  const send = {
    perSecond: mean((run) => run.sent.length / ((run.sendsEndedAt - run.startedAt) / 1000)),
    latencyMs: spread(all.map((s) => s.answered - s.start)),
    sent: all.length,
    badAnswers: sum((run) => run.badAnswers),
    serverCpuMsPerMessage: cpu,
  };
  const { label, subscriber, receiverDelayMs, waitForAll } = scenario;
  if (!subscriber) return { scenario: label, subscriber, receiverDelayMs, send, delivery: null };
  const fromAnswer: number[] = [];
  const fromStart: number[] = [];
  const received = (run: Run) => run.sent.filter((s) => run.receivedAt.has(s.id));
  for (const run of runs) {
    for (const { id, start, answered } of run.sent) {
      const at = run.receivedAt.get(id);
      if (at === undefined) continue;
      fromAnswer.push(at - answered);
      fromStart.push(at - start);
    }
  }
  return {
    scenario: label,
    subscriber,
    receiverDelayMs,
    send,
    delivery: {
      waitedForAll: waitForAll,
      expected: all.length,
      received: fromAnswer.length,
      duringSends: sum((run) => received(run).filter((s) => (run.receivedAt.get(s.id) ?? Infinity) <= run.sendsEndedAt).length),
      duplicates: sum((run) => run.duplicates),
      unreadable: sum((run) => run.unreadable),
      fromAnswerMs: spread(fromAnswer),
      fromStartMs: spread(fromStart),
      perSecond: mean((run) => {
        const times = received(run).map((s) => run.receivedAt.get(s.id) ?? run.startedAt);
        return times.length / Math.max((Math.max(run.startedAt, ...times) - run.startedAt) / 1000, 1e-3);
      }),
    },
  };
}
