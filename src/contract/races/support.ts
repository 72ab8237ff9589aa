// Small helpers the races share: waiting for many requests at once without losing any outcome,
// and tallies.

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Every promise's outcome, in order; a rejection does not hide the others. */
export async function settle<T>(promises: Promise<T>[]): Promise<Settled<T>[]> {
  // A rejection's reason can be anything thrown; lib.d.ts types it `any`.
  return (await Promise.allSettled(promises)).map((r): Settled<T> =>
    r.status === "fulfilled" ? { ok: true, value: r.value } : { ok: false, error: r.reason as unknown },
  );
}

/** How often each value occurs. */
export function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Values that occur more than once. */
export function duplicates(values: string[]): string[] {
  return Object.entries(countBy(values)).flatMap(([value, n]) => (n > 1 ? [value] : []));
}
