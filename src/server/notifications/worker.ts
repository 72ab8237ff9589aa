// The delivery worker: takes due deliveries from the queue and POSTs them, off the request path
// and with a bounded number in flight, so a slow or dead receiver never slows the API. A receiver
// has `deliveryTimeoutMs` to answer 2xx; otherwise the delivery is tried again after the next
// delay of the schedule until the retry window has passed, then dropped. Redirects are failures.
import type { Logger } from "pino";
import type { NotificationContext } from "./context.js";
import type { OutageLog } from "./outage.js";
import { DeliveryPoster } from "./post.js";
import type { DeliveryAttempt, DeliveryOutcome, DeliveryRecord } from "./types.js";

/**
 * Where a delivery goes and its body as sent (a rich notification's `validationTokens` are signed
 * at each attempt); undefined: it is not to be sent (its subscription is gone).
 */
export type BodyFinisher = (delivery: DeliveryRecord) => Promise<{ url: string; body: string } | undefined>;

/** A claim is held this much longer than a delivery may take, then another instance may retry it. */
const LEASE_MARGIN_MS = 30_000;
/** Checks the queue at least this often while something is pending (a retry falling due). */
const POLL_MS = 1_000;

export class DeliveryWorker {
  private inFlight = 0;
  private pumping = false;
  private again = false;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Set<Promise<void>>();
  private readonly poster: DeliveryPoster;

  constructor(
    private readonly n: NotificationContext,
    private readonly finish: BodyFinisher,
    private readonly logger: Logger,
    private readonly outage: OutageLog,
    /**
     * With a shared queue, look even when nothing is pending here: another instance may have died
     * holding claims, which fall due again when their lease ends. Undefined: only when pending.
     */
    private readonly idlePollMs?: number,
  ) {
    this.poster = new DeliveryPoster(n.settings.concurrency);
  }

  start(): void {
    this.stopped = false;
    // A shared queue may hold deliveries from before this instance started; a new memory queue holds none.
    if (this.idlePollMs !== undefined) this.kick();
  }

  /** Stops claiming and waits for the deliveries in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
    this.poster.close();
  }

  /** Looks at the queue now (something was enqueued, or the clock moved). */
  kick(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.pump()
      .then(
        () => this.outage.succeeded(),
        (error: unknown) => this.outage.failed(error, "reading the delivery queue"),
      )
      .finally(() => {
        this.pumping = false;
        if (this.again) {
          this.again = false;
          this.kick();
        } else this.schedule();
      });
  }

  private async pump(): Promise<void> {
    const { settings } = this.n;
    for (;;) {
      const slots = settings.concurrency - this.inFlight;
      if (slots <= 0 || this.stopped) return;
      const batch = await this.n.deliveries.claim(this.n.clock().toISOString(), slots, settings.deliveryTimeoutMs + LEASE_MARGIN_MS);
      for (const delivery of batch) this.track(delivery);
      if (batch.length < slots) return;
    }
  }

  private track(delivery: DeliveryRecord): void {
    this.inFlight++;
    const run = this.deliver(delivery)
      .catch((error: unknown) => this.outage.failed(error, `delivery ${delivery.id}`))
      .finally(() => {
        this.inFlight--;
        this.running.delete(run);
        this.kick();
      });
    this.running.add(run);
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    void this.n.deliveries.nextDue().then(
      (due) => {
        if (this.stopped) return;
        if (due === undefined && this.idlePollMs === undefined) return;
        // Due already but not claimed: in flight here (its end kicks) or held by another instance.
        const until = due === undefined ? (this.idlePollMs ?? POLL_MS) : Date.parse(due) - this.n.clock().getTime();
        const wait = until <= 0 ? POLL_MS : Math.min(until, POLL_MS);
        this.timer = setTimeout(() => this.kick(), wait);
        this.timer.unref();
      },
      () => undefined,
    );
  }

  private async deliver(delivery: DeliveryRecord): Promise<void> {
    const sending = await this.finish(delivery);
    const now = () => this.n.clock().toISOString();
    // A change notification of a deleted or expired subscription is not sent (its lifecycle notices are).
    if (sending === undefined) return this.n.deliveries.settle(delivery.id, { state: "dropped", reason: "subscription gone" }, now());
    const attempt = await this.post(sending.url, sending.body);
    await this.n.deliveries.settle(delivery.id, this.outcome(delivery, attempt), now());
  }

  private outcome(delivery: DeliveryRecord, attempt: DeliveryAttempt): DeliveryOutcome {
    if (attempt.status !== undefined && attempt.status >= 200 && attempt.status < 300) return { state: "delivered", attempt };
    const { retryDelaysMs, retryWindowMs } = this.n.settings;
    const tries = delivery.attempts.length + 1;
    const delay = retryDelaysMs[Math.min(tries - 1, retryDelaysMs.length - 1)] ?? retryWindowMs;
    const next = this.n.clock().getTime() + delay;
    if (next - Date.parse(delivery.createdDateTime) > retryWindowMs) {
      this.logger.warn(
        { deliveryId: delivery.id, url: delivery.url, tries },
        "notification dropped: receiver failed until the retry window passed",
      );
      return { state: "dropped", attempt, reason: `no 2xx answer within the retry window after ${tries} attempts` };
    }
    return { state: "pending", attempt, nextAttemptDateTime: new Date(next).toISOString() };
  }

  private async post(url: string, body: string): Promise<DeliveryAttempt> {
    const at = this.n.clock().toISOString();
    const started = performance.now();
    const result = await this.poster.post(url, body, this.n.settings.deliveryTimeoutMs);
    return { at, ...result, durationMs: Math.round(performance.now() - started) };
  }
}
