// The server's clock, which the test harness can move forward (advanceTime) so that expiry,
// lifecycle events and retry back-off can be tested in seconds instead of hours or days.
export class AdjustableClock {
  private offsetMs = 0;

  constructor(private readonly source: () => Date = () => new Date()) {}

  /** The current time: the source's, plus every advance so far. */
  readonly now = (): Date => (this.offsetMs === 0 ? this.source() : new Date(this.source().getTime() + this.offsetMs));

  /** Moves time forward (never back: timestamps already given out must stay in the past). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`time can only move forward: got ${ms} ms`);
    this.offsetMs += ms;
  }

  /** How far time has been moved (reset() leaves it: stored timestamps were made with it). */
  get advancedMs(): number {
    return this.offsetMs;
  }
}
