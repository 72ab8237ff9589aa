#!/usr/bin/env node
// The package's command: `graph-chat-contract serve | migrate | token | verify | proxy`.
import { parseArgs } from "node:util";
import { TOKEN_USAGE, tokenCommand, UsageError } from "./server/auth/token-command.js";

const USAGE = `Usage:
  graph-chat-contract serve [--port 3000] [--host 127.0.0.1] [--https]
      the reference server (environment variables as for npm start: DIRECTORY_FILE, BODY_LIMIT,
      PUBLIC_BASE_URL, AUTH_JWKS_URL/AUTH_ISSUER/AUTH_AUDIENCE, TLS_CERT/TLS_KEY, DATABASE_URL,
      WORKERS, LOG_LEVEL, ...)
  graph-chat-contract migrate
      applies the database schema migrations to DATABASE_URL (the server also does at start)
  graph-chat-contract token --user <id-or-upn> [--scopes "..."] [--expires 1h]
  graph-chat-contract token --app --roles "..." [--expires 1h]
      prints one development token
  graph-chat-contract verify --base-url URL [--token-command "…"] [--seed N] [--runs N] [--only pattern]
      checks a server against the contract and Graph's rules (verify --help for more)
  graph-chat-contract proxy [--upstream https://graph.microsoft.com] [--port 8080] [--host 127.0.0.1]
                            [--https] [--strict] [--report file.jsonl] [--log-bodies]
                            [--faults "…"] [--throttling graph] [--seed N]
      forwards an app's Graph traffic and reports every contract problem in it (proxy --help for more)`;

const [command, ...rest] = process.argv.slice(2);

try {
  if (command === "serve") {
    const { values } = parseArgs({
      args: rest,
      strict: true,
      options: { port: { type: "string" }, host: { type: "string" }, https: { type: "boolean", default: false } },
    });
    // Each command loads only its own modules: `serve` starts faster without the contract suite.
    const { run } = await import("./server/run.js");
    await run({
      ...process.env,
      ...(values.port !== undefined && { PORT: values.port }),
      ...(values.host !== undefined && { HOST: values.host }),
      ...(values.https && { HTTPS: "1" }),
    });
  } else if (command === "migrate") {
    const { migrateCommand } = await import("./server/store/postgres/migrate-command.js");
    process.stdout.write(`${await migrateCommand(process.env)}\n`);
  } else if (command === "verify") {
    const { verifyCommand } = await import("./contract/checks/cli.js");
    process.exit(await verifyCommand(rest));
  } else if (command === "proxy") {
    const { PROXY_USAGE, proxyCommand } = await import("./server/proxy/command.js");
    if (rest.includes("--help") || rest.includes("-h")) process.stdout.write(`${PROXY_USAGE}\n`);
    else await proxyCommand(rest);
  } else if (command === "token") {
    process.stdout.write(`${await tokenCommand(rest)}\n`);
  } else {
    process.stderr.write(`${command && command !== "--help" && command !== "-h" ? `unknown command '${command}'\n\n` : ""}${USAGE}\n`);
    process.exit(command && command !== "--help" && command !== "-h" ? 1 : 0);
  }
} catch (error) {
  const message = (error as Error).message;
  if (error instanceof UsageError) {
    process.stderr.write(`${message ? `token: ${message}\n\n` : ""}${TOKEN_USAGE}\n`);
    process.exit(message ? 1 : 0);
  }
  process.stderr.write(`graph-chat-contract: ${message}\n`);
  process.exit(1);
}
