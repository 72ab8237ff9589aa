// npm run --silent token -- --user <id-or-upn> [--scopes "..."] [--expires 1h] | --app --roles "..."
// Prints the token and nothing else, so `TOKEN=$(npm run --silent token -- ...)` works.
import { TOKEN_USAGE, tokenCommand, UsageError } from "../src/server/auth/token-command.js";

try {
  process.stdout.write(`${await tokenCommand(process.argv.slice(2))}\n`);
} catch (error) {
  const message = (error as Error).message;
  process.stderr.write(error instanceof UsageError ? `${message ? `token: ${message}\n\n` : ""}${TOKEN_USAGE}\n` : `token: ${message}\n`);
  process.exit(error instanceof UsageError && !message ? 0 : 1);
}
