// What every PostgreSQL measurement shares: the load settings, the rounds, the progress line and
// the bench users.
import type { BenchUsers } from "../data.js";
import type { LoadSettings } from "../load.js";

export interface PgBenchContext {
  readonly settings: LoadSettings;
  readonly rounds: number;
  readonly progress: (text: string) => void;
  readonly users: BenchUsers;
}

/** "round 1/2" for progress lines. */
export const roundOf = (round: number, rounds: number) => `round ${round + 1}/${rounds}`;

/** 1000 → "1k", 1000000 → "1M": chat counts in labels. */
export const shortCount = (n: number) => (n >= 1e6 && n % 1e5 === 0 ? `${n / 1e6}M` : `${Math.round(n / 1000)}k`);
