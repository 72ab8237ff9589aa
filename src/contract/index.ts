// The contract suite's public surface (`src/contract`): run it from code or from the CLI, and
// the fuzz and concurrency races built on it. Inside, each folder is a room: core/ is what every
// other room uses (spec, HTTP, context, fixtures, the notification receiver, tally) and imports none of them; cases/ holds
// one generator of valid requests per operationId; checks/ the verify suite, its runner and CLI;
// fuzz/ runFuzz and the request mutations; wire/ the fuzz's raw requests; races/ runRaces.
export { runContractSuite, DEFAULT_RUNS } from "./checks/run-suite.js";
export { verifyCommand, formatResult, VERIFY_USAGE, DEFAULT_TOKEN_COMMAND } from "./checks/cli.js";
export { DEFAULT_APP_TOKEN_COMMAND, DEFAULT_SECOND_APP_TOKEN_COMMAND, SECOND_APP_ID } from "./core/tokens.js";
export { demoUsers } from "./core/users.js";
export { toCurl } from "./core/curl.js";
export type { CheckResult, ContractOptions, ContractReport, ContractUsers, TokenKind, TokenSource } from "./core/types.js";
export { runFuzz, DEFAULT_FUZZ_REQUESTS } from "./fuzz/run-fuzz.js";
export type { FuzzOptions, FuzzReport } from "./fuzz/run-fuzz.js";
export { runRaces } from "./races/run-races.js";
export type { RaceOptions, RaceReport } from "./races/run-races.js";
export type { OneOnOneRace } from "./races/one-on-one.js";
export type { RosterRace, MessageRace } from "./races/roster-outcome.js";
export type { PagingRace, PagedWalk } from "./races/paging.js";
export type { Counts, Finding, FindingKind } from "./core/tally.js";
export { prototypeSnapshot } from "./fuzz/pollution.js";
