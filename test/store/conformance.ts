// Runs the store conformance suite (src/server/store/conformance) as jest tests: one `it` per
// case, each on a fresh store from `makeStore`, closed afterwards.
import { storeConformanceCases } from "../../src/server/store/conformance/index.js";
import type { ChatStore } from "../../src/server/store/types.js";

export function describeStoreConformance(name: string, makeStore: () => ChatStore | Promise<ChatStore>): void {
  describe(`${name} (store conformance)`, () => {
    for (const c of storeConformanceCases) {
      it(c.name, async () => {
        const store = await makeStore();
        try {
          await c.run(store);
        } finally {
          await store.close();
        }
      });
    }
  });
}
