// One conformance case: a name that says the behaviour, and a run that rejects when a store
// does not behave so. Runner-neutral (node:assert), so any test framework can run the suite.
import type { ChatStore } from "../types.js";

export interface ConformanceCase {
  readonly name: string;
  run(store: ChatStore): Promise<void>;
}
