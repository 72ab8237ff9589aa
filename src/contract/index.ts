// The contract suite's public surface (`src/contract`): run it from code or from the CLI.
export { runContractSuite, DEFAULT_RUNS } from "./runner.js";
export { verifyCommand, formatResult, VERIFY_USAGE, DEFAULT_TOKEN_COMMAND } from "./cli.js";
export { DEFAULT_APP_TOKEN_COMMAND } from "./tokens.js";
export { demoUsers } from "./users.js";
export { toCurl } from "./curl.js";
export type { CheckResult, ContractOptions, ContractReport, ContractUsers, TokenKind, TokenSource } from "./types.js";
