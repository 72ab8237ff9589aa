// jest runs in ESM mode because jose is ESM-only; ts-jest transpiles per file (no type errors
// here: `npm test` runs `tsc --noEmit` for those).
import { availableParallelism } from "node:os";

/** @type {import('jest').Config} */
export default {
  // Jest's default (one worker per core but one) is a single worker on a 2-core machine. Most test
  // files wait on servers, child processes and PostgreSQL rather than compute, so two workers
  // there take the suite from about 9 to under 6 minutes.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Tests drive real servers and child processes; on a loaded 2-core CI machine the 5 s default
  // fails slow-but-correct tests. This bounds hangs; speed is measured by benchmarks, not here.
  testTimeout: 30_000,
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, isolatedModules: true, diagnostics: false }],
  },
};
