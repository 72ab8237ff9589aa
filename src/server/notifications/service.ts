// Change notifications as one service: the store's change events are fanned out to subscriptions
// (in commit order, off the request path), queued, and delivered by the worker; a periodic sweep
// handles expiry and lifecycle events. The app creates one per server and starts it.
import type { Logger } from "pino";
import type { ChangeEvent } from "./events.js";
import type { NotificationContext } from "./context.js";
import { deliveryFor, hears, type NotificationParts } from "./fan-out.js";
import { removeSubscription, sweepSubscriptions } from "./lifecycle.js";
import { OutageLog } from "./outage.js";
import type { ChangeSink } from "./notifying-store.js";
import { DeliveryWorker, type BodyFinisher } from "./worker.js";
import type { DeliveryRecord, NewDelivery, SubscriptionRecord } from "./types.js";

/** How often expiry and lifecycle events are looked for (also right after the clock moves). */
const SWEEP_MS = 5_000;

export class NotificationService {
  readonly sink: ChangeSink;
  private readonly worker: DeliveryWorker;
  private fanning: Promise<void> = Promise.resolve();
  private sweeper: NodeJS.Timeout | undefined;
  private readonly outage: OutageLog;

  constructor(
    readonly context: NotificationContext,
    private readonly parts: NotificationParts,
    finish: BodyFinisher,
    logger: Logger,
    options: { sharedQueue?: boolean } = {},
  ) {
    this.outage = new OutageLog(logger);
    this.worker = new DeliveryWorker(context, finish, logger, this.outage, options.sharedQueue ? 2_000 : undefined);
    this.sink = (events) => {
      // Chained, so deliveries are queued in the order the writes committed.
      this.fanning = this.fanning
        .then(() => this.fanOut(events))
        // The write is committed; its notifications are what is lost, even in an outage: an error.
        .catch((error: unknown) =>
          logger.error({ err: error }, "change notifications: fan-out failed; a committed write's notifications are lost"),
        );
    };
    context.deliveries.onEnqueued(() => this.worker.kick());
  }

  start(): void {
    this.worker.start();
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    await this.fanning;
    await this.worker.stop();
  }

  /** Expiry and lifecycle events now, then deliveries that became due (after the clock moved). */
  async sweep(): Promise<void> {
    await sweepSubscriptions(this.context).catch((error: unknown) => this.outage.failed(error, "the lifecycle sweep"));
    this.worker.kick();
  }

  /** Resolves once every change so far has been turned into deliveries (tests, benchmarks). */
  settled(): Promise<void> {
    return this.fanning;
  }

  journal(limit = 1_000): Promise<readonly DeliveryRecord[]> {
    return this.context.deliveries.journal(limit);
  }

  /** Forgets every subscription and delivery (the harness's reset). */
  async clear(): Promise<void> {
    await this.fanning;
    await this.context.deliveries.clear();
    await this.context.subscriptions.clear();
  }

  private async fanOut(events: readonly ChangeEvent[]): Promise<void> {
    const deliveries: NewDelivery[] = [];
    const removed = new Map<string, SubscriptionRecord>();
    const byChat = new Map<string, readonly SubscriptionRecord[]>();
    // The clock is read only when someone listens: a write nobody subscribed to costs no clock read.
    let now: string | undefined;
    for (const event of events) {
      let subscriptions = byChat.get(event.chat.id);
      // Expired ones included ("" is before every time); hears() leaves them out against `now`.
      if (!subscriptions) byChat.set(event.chat.id, (subscriptions = await this.context.subscriptions.forChat(event.chat.id, "")));
      if (subscriptions.length === 0) continue;
      now ??= this.context.clock().toISOString();
      for (const subscription of subscriptions) {
        if (losesAccess(subscription, event)) removed.set(subscription.id, subscription);
        if (!removed.has(subscription.id) && hears(subscription, event, now)) {
          deliveries.push(deliveryFor(subscription, event, this.parts, now));
        }
      }
    }
    // A delegated subscription to a chat its user has left cannot go on (Graph: subscriptionRemoved):
    // it ends with this change, which it is not told of — queued here, its notification would race
    // with the removal's cancel and be sent or not depending on whether the worker had claimed it.
    const kept = deliveries.filter((delivery) => !removed.has(delivery.subscriptionId));
    if (kept.length > 0) await this.context.deliveries.enqueue(kept);
    for (const subscription of removed.values()) await removeSubscription(this.context, subscription, "its user left the chat");
  }
}

function losesAccess(subscription: SubscriptionRecord, event: ChangeEvent): boolean {
  return (
    event.kind === "member" &&
    event.changeType === "deleted" &&
    subscription.userId !== null &&
    subscription.chatId !== null &&
    subscription.chatId.toLowerCase() === event.chat.id.toLowerCase() &&
    subscription.userId.toLowerCase() === event.member.userId.toLowerCase()
  );
}
