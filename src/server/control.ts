// The server's replaceable state — directory, chats, faults, throttling buckets, recorded requests — and
// the operations on it that the test harness and the /_admin API offer. The domain reads the
// directory through `domain.directory`, a getter, so swapping it needs no change to domain code.
import type { AdjustableClock } from "./clock.js";
import type { Directory } from "./directory/directory.js";
import type { DomainContext, IdGenerator } from "./domain/context.js";
import { planSeed, type ChatSeed } from "./domain/seed.js";
import type { FaultPlan } from "./faults/plan.js";
import type { RecordedRequest, RequestLog } from "./http/request-log.js";
import type { NotificationService } from "./notifications/service.js";
import type { DeliveryRecord } from "./notifications/types.js";
import type { SharedState } from "./store/shared.js";
import type { ChatRecord, ChatStore } from "./store/types.js";
import type { Throttle } from "./throttling/model.js";

export interface ControlSettings {
  readonly directory: Directory;
  readonly store: ChatStore;
  readonly clock: AdjustableClock;
  readonly ids: IdGenerator;
  readonly faults?: FaultPlan | undefined;
  readonly throttle?: Throttle | undefined;
  readonly requestLog?: RequestLog | undefined;
  readonly seed?: readonly ChatSeed[] | undefined;
  /** Where instances sharing a database keep the directory; absent for one process on its own. */
  readonly shared?: SharedState | undefined;
  /** Change notifications: reset forgets subscriptions and deliveries; the clock's moves reach them. */
  readonly notifications?: NotificationService | undefined;
}

export class ServerControl {
  /** What domain operations run with; its `directory` is always the current one. */
  readonly domain: DomainContext;
  private current: Directory;
  private seeding: Promise<void>;
  private seeded = false;

  /**
   * Checks the seed at once (throws a DomainError naming the entry if a seed chat is refused) and
   * starts storing it; {@link ready} resolves when it is stored.
   */
  constructor(private readonly settings: ControlSettings) {
    this.current = settings.directory;
    const read = () => this.current;
    this.domain = {
      get directory() {
        return read();
      },
      store: settings.store,
      clock: settings.clock.now,
      ids: settings.ids,
    };
    this.seeding = this.storeSeed(planSeed(this.domain, settings.seed ?? []));
  }

  get directory(): Directory {
    return this.current;
  }

  /** The fault plan the app consults; absent when the app was built without one. */
  get faults(): FaultPlan | undefined {
    return this.settings.faults;
  }

  /** Whether the seed is stored, so requests need not wait for {@link ready}. */
  get isReady(): boolean {
    return this.seeded;
  }

  /** Resolves once the seed chats are stored (rejects if the store refused them). */
  ready(): Promise<void> {
    return this.seeding;
  }

  /**
   * Replaces the directory and forgets every chat: stored chats name users of the old directory,
   * who may not exist in the new one. The seed is not applied (it names the start directory's
   * users); faults and recorded requests are kept. With a shared database, every instance follows.
   */
  async loadDirectory(directory: Directory): Promise<void> {
    this.current = directory;
    await this.settings.shared?.saveDirectory({ tenantId: directory.tenantId, users: [...directory.users] });
    await this.settings.store.clear();
  }

  /** Uses the directory another instance stored (its chats are the shared store's business). */
  followDirectory(directory: Directory): void {
    this.current = directory;
  }

  /**
   * Back to the start: the start directory, only the seed chats, no scheduled faults (the start
   * fault settings, random draws from the seed again), full throttling buckets, no recorded requests.
   */
  async reset(): Promise<void> {
    this.current = this.settings.directory;
    await this.settings.shared?.saveDirectory({ tenantId: this.current.tenantId, users: [...this.current.users] });
    this.settings.faults?.reset();
    this.settings.throttle?.reset();
    this.settings.requestLog?.clear();
    await this.settings.notifications?.clear();
    await this.settings.store.clear();
    this.seeded = false;
    this.seeding = this.storeSeed(planSeed(this.domain, this.settings.seed ?? []));
    await this.seeding;
  }

  /**
   * Moves the server's time forward: subscriptions expire, lifecycle notifications fall due and
   * retries come round as if that time had passed. Resolves once expiry and lifecycle are handled.
   */
  async advanceTime(ms: number): Promise<void> {
    this.settings.clock.advance(ms);
    await this.settings.notifications?.sweep();
  }

  /** Recent deliveries of change and lifecycle notifications, oldest first (at most the last 1,000). */
  async deliveries(): Promise<readonly DeliveryRecord[]> {
    await this.settings.notifications?.settled();
    return (await this.settings.notifications?.journal()) ?? [];
  }

  /** Stops delivering (deliveries in flight finish); the app serves no more requests after it. */
  async close(): Promise<void> {
    await this.settings.notifications?.stop();
  }

  /** The recorded requests, oldest first; empty when requests are not recorded. */
  requests(): RecordedRequest[] {
    return this.settings.requestLog?.list() ?? [];
  }

  private async storeSeed(chats: readonly ChatRecord[]): Promise<void> {
    for (const chat of chats) await this.settings.store.insertChatIfAbsent(chat);
    this.seeded = true;
  }
}
