// Seeds derived from the run's seed and a name, so adding, removing or selecting (`--only`) one
// check, fuzz chunk or race leaves the requests of every other one unchanged.

/** A stable seed for the thing called `name` within a run seeded with `seed`. */
export function namedSeed(seed: number, name: string): number {
  let hash = seed | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
