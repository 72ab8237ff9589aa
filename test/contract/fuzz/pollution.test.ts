// The prototype check sees a key planted on a built-in prototype.
import { prototypeSnapshot } from "../../../src/contract/fuzz/pollution.js";
import { POLLUTION_MARKER } from "../../../src/contract/wire/plan.js";

describe("prototypeSnapshot", () => {
  it("sees a key planted on Object.prototype, and nothing once it is gone", () => {
    const changed = prototypeSnapshot();
    Object.defineProperty(Object.prototype, POLLUTION_MARKER, { value: true, configurable: true, enumerable: false });
    try {
      expect(changed()).toEqual([`Object.prototype gained ${POLLUTION_MARKER}`, `every object now has '${POLLUTION_MARKER}'`]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[POLLUTION_MARKER];
    }
    expect(changed()).toEqual([]);
  });
});
