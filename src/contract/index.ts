// The contract suite's public surface (`src/contract`): run it from code or from the CLI, and
// the fuzz and concurrency races built on it.
export { runContractSuite, DEFAULT_RUNS } from "./runner.js";
export { verifyCommand, formatResult, VERIFY_USAGE, DEFAULT_TOKEN_COMMAND } from "./cli.js";
export { DEFAULT_APP_TOKEN_COMMAND } from "./tokens.js";
export { demoUsers } from "./users.js";
export { toCurl } from "./curl.js";
export type { CheckResult, ContractOptions, ContractReport, ContractUsers, TokenKind, TokenSource } from "./types.js";
export { runFuzz, DEFAULT_FUZZ_REQUESTS } from "./fuzz.js";
export type { FuzzOptions, FuzzReport } from "./fuzz.js";
export { runRaces } from "./race.js";
export type { RaceOptions, RaceReport, OneOnOneRace, RosterRace, MessageRace, PagingRace, PagedWalk } from "./race.js";
export type { Counts, Finding, FindingKind } from "./tally.js";
export { prototypeSnapshot } from "./pollution.js";
