// Raw plans cover every family, repeat by seed, and name an operation only where the path cannot
// route elsewhere.
import fc from "fast-check";
import { loadContract } from "../../../src/contract/core/spec.js";
import { demoUsers } from "../../../src/contract/core/users.js";
import { rawPlanArb } from "../../../src/contract/wire/requests.js";

describe("raw plans", () => {
  const arb = rawPlanArb(loadContract(), demoUsers());

  it("cover every family and repeat for the same seed", () => {
    const plans = fc.sample(arb, { seed: 5, numRuns: 400 });
    expect(new Set(plans.map((p) => p.family))).toEqual(
      new Set(["auth", "bytes", "content-type", "headers", "json", "method", "path", "query"]),
    );
    expect(fc.sample(arb, { seed: 5, numRuns: 400 })).toEqual(plans);
    expect(fc.sample(arb, { seed: 6, numRuns: 400 })).not.toEqual(plans);
  });

  it("only name an operation for paths that cannot route elsewhere", () => {
    for (const plan of fc.sample(arb, { seed: 9, numRuns: 2_000 })) {
      if (plan.op === undefined) continue;
      expect(plan.path).not.toMatch(/[\x80-\xff#]/);
      expect(plan.path.length).toBeLessThan(16_000);
    }
  });
});
