// The store conformance suite: what every ChatStore engine must do, one case per behaviour. Each
// case gets a fresh, empty store. test/store/ runs it against every engine in the project; an
// engine of your own can run it with any test runner.
import type { ConformanceCase } from "./case.js";
import { listCases } from "./lists.js";
import { messageUpdateCases } from "./message-updates.js";
import { messageCases } from "./messages.js";
import { pinCases } from "./pins.js";
import { writeCases } from "./writes.js";

export type { ConformanceCase } from "./case.js";

export const storeConformanceCases: readonly ConformanceCase[] = [
  ...writeCases,
  ...listCases,
  ...messageCases,
  ...messageUpdateCases,
  ...pinCases,
];
