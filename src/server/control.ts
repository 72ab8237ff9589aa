// The server's replaceable state — directory, chats, faults, throttling buckets, recorded requests — and
// the operations on it that the test harness and the /_admin API offer. The domain reads the
// directory through `domain.directory`, a getter, so swapping it needs no change to domain code.
import type { Directory } from "./directory/directory.js";
import type { DomainContext, IdGenerator } from "./domain/context.js";
import { applySeed, type ChatSeed } from "./domain/seed.js";
import type { FaultPlan } from "./faults/plan.js";
import type { RecordedRequest, RequestLog } from "./http/request-log.js";
import type { ChatStore } from "./store/types.js";
import type { Throttle } from "./throttling/model.js";

export interface ControlSettings {
  readonly directory: Directory;
  readonly store: ChatStore;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly faults?: FaultPlan | undefined;
  readonly throttle?: Throttle | undefined;
  readonly requestLog?: RequestLog | undefined;
  readonly seed?: readonly ChatSeed[] | undefined;
}

export class ServerControl {
  /** What domain operations run with; its `directory` is always the current one. */
  readonly domain: DomainContext;
  private current: Directory;

  /** Applies the seed; throws (a DomainError naming the seed entry) if a seed chat is refused. */
  constructor(private readonly settings: ControlSettings) {
    this.current = settings.directory;
    const read = () => this.current;
    this.domain = {
      get directory() {
        return read();
      },
      store: settings.store,
      clock: settings.clock,
      ids: settings.ids,
    };
    applySeed(this.domain, settings.seed ?? []);
  }

  get directory(): Directory {
    return this.current;
  }

  /** The fault plan the app consults; absent when the app was built without one. */
  get faults(): FaultPlan | undefined {
    return this.settings.faults;
  }

  /**
   * Replaces the directory and forgets every chat: stored chats name users of the old directory,
   * who may not exist in the new one. The seed is not applied (it names the start directory's
   * users); faults and recorded requests are kept.
   */
  loadDirectory(directory: Directory): void {
    this.current = directory;
    this.settings.store.clear();
  }

  /**
   * Back to the start: the start directory, only the seed chats, no scheduled faults (the start
   * fault settings, random draws from the seed again), full throttling buckets, no recorded requests.
   */
  reset(): void {
    this.current = this.settings.directory;
    this.settings.store.clear();
    this.settings.faults?.reset();
    this.settings.throttle?.reset();
    this.settings.requestLog?.clear();
    applySeed(this.domain, this.settings.seed ?? []);
  }

  /** The recorded requests, oldest first; empty when requests are not recorded. */
  requests(): RecordedRequest[] {
    return this.settings.requestLog?.list() ?? [];
  }
}
