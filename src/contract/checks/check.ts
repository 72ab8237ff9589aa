// The unit the runner runs and reports: a named async function that throws to fail.
import fc from "fast-check";
import type { Need, SuiteContext } from "../core/context.js";
import { CheckFailure } from "../core/failure.js";
import { namedSeed } from "../core/seed.js";

export interface Check {
  name: string;
  run: (ctx: SuiteContext) => Promise<void>;
  /** What it needs beyond a server; a run without it skips the check (and names it as skipped). */
  needs?: readonly Need[];
  /**
   * It checks one of the reference server's own decisions (graph-notifications-facts.md's
   * "Decision"), not a rule of Graph's: `skipReferenceDecisions` leaves it out against Graph.
   */
  referenceDecision?: true;
}

/**
 * Runs a seeded property over `runs` generated values; on failure, fast-check shrinks to a
 * smaller failing case and the check fails with that case's request and reason.
 */
export async function forAll<T>(
  ctx: SuiteContext,
  name: string,
  arbitrary: fc.Arbitrary<T>,
  body: (value: T) => Promise<void>,
): Promise<void> {
  const seed = namedSeed(ctx.seed, name);
  const details = await fc.check(fc.asyncProperty(arbitrary, body), { seed, numRuns: ctx.runs });
  if (!details.failed) return;
  const error = details.errorInstance;
  const where = `seed ${ctx.seed}, failed on run ${details.numRuns} of ${ctx.runs}, shrunk ${details.numShrinks} times`;
  if (error instanceof CheckFailure) {
    throw new CheckFailure(`${error.message} [${where}]`, error.curl);
  }
  throw new Error(`${error instanceof Error ? error.message : String(error)} [${where}]`);
}
