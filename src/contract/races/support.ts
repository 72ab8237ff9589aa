// Small helpers the races share: waiting for many requests at once without losing any outcome,
// and tallies.

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Every promise's outcome, in order; a rejection does not hide the others. */
export async function settle<T>(promises: Promise<T>[]): Promise<Settled<T>[]> {
  return (await Promise.allSettled(promises)).map((r) =>
    r.status === "fulfilled" ? { ok: true, value: r.value } : { ok: false, error: r.reason },
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
