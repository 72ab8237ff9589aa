// A token bucket: holds up to `capacity` tokens (the burst), refilled continuously at a fixed rate;
// each admitted request takes one. Time is whatever monotonic milliseconds the caller passes, so
// tests drive it with a fake clock.

// Refill rates such as 4 per 60,000 ms are not exact in binary: after exactly 15 s the bucket holds
// 0.9999999999 tokens. Within this much of a whole token counts as one, so a client that waited
// the Retry-After it was given is not refused again over a rounding error.
const EPSILON = 1e-9;

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  /** A full bucket at `now`; `refillPerMs` tokens come back every millisecond. */
  constructor(
    readonly capacity: number,
    private readonly refillPerMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** The tokens available at `now` (fractional while refilling). */
  level(now: number): number {
    this.refill(now);
    return this.tokens;
  }

  /** Whether a whole token is available at `now`. */
  hasToken(now: number): boolean {
    return this.level(now) >= 1 - EPSILON;
  }

  /** Whole tokens left at `now`. */
  remaining(now: number): number {
    return Math.floor(this.level(now) + EPSILON);
  }

  /** Takes one token; the caller checks {@link hasToken} first, as several buckets decide together. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** Milliseconds until a whole token is available (0 if one is). */
  msUntilToken(now: number): number {
    return this.hasToken(now) ? 0 : (1 - this.level(now)) / this.refillPerMs;
  }

  /** Milliseconds until the bucket is full again. */
  msUntilFull(now: number): number {
    return Math.max(0, this.capacity - this.level(now) - EPSILON) / this.refillPerMs;
  }

  private refill(now: number): void {
    // A clock that steps back (it should not: it is monotonic) must not mint tokens.
    if (now <= this.updatedAt) return;
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.refillPerMs);
    this.updatedAt = now;
  }
}
