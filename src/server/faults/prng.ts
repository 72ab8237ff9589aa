// A small seeded pseudo-random generator (mulberry32): the same seed always yields the same
// sequence, which is what makes random faults reproducible. Not for anything secret.

/** Returns a generator of numbers in [0, 1) determined entirely by `seed` (a 32-bit integer). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
