// The conformance suite must be able to fail: each broken store breaks one promise of the
// ChatStore contract, and the cases about that promise must reject it.
import { storeConformanceCases } from "../../src/server/store/conformance/index.js";
import type { ChatStore } from "../../src/server/store/types.js";
import { LossyStore, NoDedupStore, OverlappingPagesStore, UnlockedStore } from "../support/broken-stores.js";

async function outcome(name: string, store: ChatStore): Promise<"passes" | "fails"> {
  const found = storeConformanceCases.find((c) => c.name === name);
  if (!found) throw new Error(`no conformance case named '${name}'`);
  try {
    await found.run(store);
    return "passes";
  } catch {
    return "fails";
  }
}

describe("the store conformance suite", () => {
  const cases: [what: string, name: string, make: () => ChatStore][] = [
    ["a store without a per-chat lock", "loses no update when 100 changes of one chat race", () => new UnlockedStore()],
    [
      "a store without a per-chat lock",
      "holds a limit checked inside changes: 300 racing adds to a chat capped at 250 leave 250",
      () => new UnlockedStore(),
    ],
    [
      "a store without a per-chat lock",
      "loses no message when 200 sends to one chat race, and lists them in id order",
      () => new UnlockedStore(),
    ],
    ["a store without a per-chat lock", "loses no pin when 50 pins of different messages of one chat race", () => new UnlockedStore()],
    [
      "a store that forgets oneOnOne deduplication",
      "stores a chat once: a second insert of the id returns the first and indexes nothing new",
      () => new NoDedupStore(),
    ],
    ["a store that drops messages", "loses no message when 200 sends to one chat race, and lists them in id order", () => new LossyStore()],
    [
      "a store whose message pages overlap",
      "pages messages newest first in either order, honours a visible-history start, counts them all, and finds one by id",
      () => new OverlappingPagesStore(),
    ],
  ];
  it.each(cases)("rejects %s: '%s' fails", async (_what, name, make) => {
    expect(await outcome(name, make())).toBe("fails");
  });
});
