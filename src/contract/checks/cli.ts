// `graph-chat-contract verify`: the suite from a shell, one line per check, exit code 1 on any
// failure, so CI can gate on it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_APP_TOKEN_COMMAND, DEFAULT_SECOND_APP_TOKEN_COMMAND } from "../core/tokens.js";
import type { CheckResult, ContractUsers } from "../core/types.js";
import { DEFAULT_RUNS, runContractSuite } from "./run-suite.js";

export const DEFAULT_TOKEN_COMMAND = 'npm run --silent token -- --user {user} --scopes "{scopes}"';

export const VERIFY_USAGE = `Usage:
  graph-chat-contract verify --base-url URL [--token-command "…"] [--app-token-command "…"]
                             [--second-app-token-command "…"] [--seed N] [--runs N]
                             [--only pattern] [--users FILE] [--skip-notifications]
                             [--receiver-url URL] [--receiver-port N] [--skip-reference-decisions]

Checks the server at URL (its origin; /v1.0 is appended) against openapi.yaml and Graph's rules.
  --token-command      prints a delegated token; {user} and {scopes} are filled in
                       (default: ${DEFAULT_TOKEN_COMMAND})
  --app-token-command  prints an application token; {roles} is filled in
                       (default: ${DEFAULT_APP_TOKEN_COMMAND})
  --second-app-token-command
                       prints a delegated token issued to a second application; {user}, {scopes}
                       and {appId} are filled in (default: ${DEFAULT_SECOND_APP_TOKEN_COMMAND})
  --seed               seed of the generated requests (default 1); the same seed replays them
  --runs               generated requests per operation and kind (default ${DEFAULT_RUNS})
  --only               run only the checks whose name matches this regular expression
  --users              JSON file of the users to build requests with (default: the demo tenant's):
                       {"members": [{"id", "userPrincipalName"?}, …4+], "guest"?: {"id"},
                        "federated"?: {"id", "tenantId"}}
  --skip-notifications skip the subscription operations and notification checks, which need the
                       server to reach the suite's receiver on 127.0.0.1
  --receiver-url       the URL the server is told to deliver to instead: a public URL (a tunnel)
                       that forwards every path to the receiver's port
  --receiver-port      the receiver's port on 127.0.0.1 (default: a free one)
  --skip-reference-decisions
                       skip the checks of this reference server's own decisions (against Graph)`;

/** Runs `verify` with the given arguments (after the word `verify`); resolves to the exit code. */
export async function verifyCommand(
  args: string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        "base-url": { type: "string" },
        "token-command": { type: "string", default: DEFAULT_TOKEN_COMMAND },
        "app-token-command": { type: "string", default: DEFAULT_APP_TOKEN_COMMAND },
        seed: { type: "string", default: "1" },
        runs: { type: "string", default: String(DEFAULT_RUNS) },
        only: { type: "string" },
        users: { type: "string" },
        "second-app-token-command": { type: "string", default: DEFAULT_SECOND_APP_TOKEN_COMMAND },
        "skip-notifications": { type: "boolean", default: false },
        "receiver-url": { type: "string" },
        "receiver-port": { type: "string" },
        "skip-reference-decisions": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    out(`verify: ${(error as Error).message}\n\n${VERIFY_USAGE}`);
    return 2;
  }
  if (values.help) {
    out(VERIFY_USAGE);
    return 0;
  }
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const receiverPort = values["receiver-port"] === undefined ? undefined : Number(values["receiver-port"]);
  const problem = !values["base-url"]
    ? "--base-url is required"
    : !Number.isSafeInteger(seed)
      ? "--seed must be an integer"
      : !Number.isSafeInteger(runs) || runs < 1
        ? "--runs must be a positive integer"
        : receiverPort !== undefined && !(Number.isInteger(receiverPort) && receiverPort > 0 && receiverPort < 65536)
          ? "--receiver-port must be a port number (1–65535)"
          : values["receiver-url"] !== undefined && !URL.canParse(values["receiver-url"])
            ? "--receiver-url must be an absolute URL"
            : undefined;
  if (problem || !values["base-url"]) {
    out(`verify: ${problem}\n\n${VERIFY_USAGE}`);
    return 2;
  }
  let users: ContractUsers | undefined;
  try {
    users = values.users === undefined ? undefined : (JSON.parse(readFileSync(values.users, "utf8")) as ContractUsers);
    if (users && (!Array.isArray(users.members) || users.members.length < 4)) throw new Error("it needs at least four users in `members`");
  } catch (error) {
    out(`verify: cannot use --users ${values.users}: ${(error as Error).message}`);
    return 2;
  }
  const started = Date.now();
  const report = await runContractSuite({
    baseUrl: values["base-url"],
    tokens: {
      command: values["token-command"],
      appCommand: values["app-token-command"],
      secondAppCommand: values["second-app-token-command"],
    },
    seed,
    runs,
    ...(values.only !== undefined && { only: values.only }),
    ...(users && { users }),
    skipNotifications: values["skip-notifications"],
    skipReferenceDecisions: values["skip-reference-decisions"],
    ...(values["receiver-url"] !== undefined && { receiverUrl: values["receiver-url"] }),
    ...(receiverPort !== undefined && { receiverPort }),
    onResult: (result) => out(formatResult(result)),
  });
  for (const { name, why } of report.skipped) out(`- ${name} — skipped: ${why}`);
  out(`seed ${seed}, ${runs} runs per generated check, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  out(`${report.passed} passed, ${report.failed} failed${report.skipped.length > 0 ? `, ${report.skipped.length} skipped` : ""}`);
  return report.failed > 0 ? 1 : 0;
}

/** `✓ name`, or `✗ name — reason` followed by the indented curl line. */
export function formatResult(result: CheckResult): string {
  if (result.ok) return `✓ ${result.name}`;
  return `✗ ${result.name} — ${result.reason ?? "failed"}${result.curl ? `\n    ${result.curl}` : ""}`;
}
