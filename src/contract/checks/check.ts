// The unit the runner runs and reports: a named async function that throws to fail.
import fc from "fast-check";
import type { SuiteContext } from "../context.js";
import { CheckFailure } from "../failure.js";

export interface Check {
  name: string;
  run: (ctx: SuiteContext) => Promise<void>;
}

/** A stable per-check seed, so `--only` and added checks do not change a check's requests. */
export function checkSeed(seed: number, name: string): number {
  let hash = seed | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
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
  const seed = checkSeed(ctx.seed, name);
  const details = await fc.check(fc.asyncProperty(arbitrary, body), { seed, numRuns: ctx.runs });
  if (!details.failed) return;
  const error = details.errorInstance;
  const where = `seed ${ctx.seed}, failed on run ${details.numRuns} of ${ctx.runs}, shrunk ${details.numShrinks} times`;
  if (error instanceof CheckFailure) {
    throw new CheckFailure(`${error.message} [${where}]`, error.curl);
  }
  throw new Error(`${error instanceof Error ? error.message : String(error)} [${where}]`);
}
