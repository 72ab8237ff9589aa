// Everything a domain operation may touch, injected so tests can fix time and ids.
import type { Directory } from "../directory/directory.js";
import type { ChatStore } from "../store/types.js";

export interface IdGenerator {
  /** The 32 lowercase hex digits inside a group chat id `19:{hex}@thread.v2`. */
  threadHex(): string;
}

export interface DomainContext {
  readonly store: ChatStore;
  readonly directory: Directory;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
}
