// Getting tokens from a function or a shell command, once per distinct kind: a token command is
// a process start, and a run needs the same few tokens hundreds of times.
import { exec } from "node:child_process";
import { promisify } from "node:util";
import type { TokenKind, TokenSource } from "./types.js";

const run = promisify(exec);

/** The default application-token command, next to a user token command of `npm run token`. */
export const DEFAULT_APP_TOKEN_COMMAND = 'npm run --silent token -- --app --roles "{roles}"';

/** The default command for a user's token issued to a second application (`npm run token`'s --app-id). */
export const DEFAULT_SECOND_APP_TOKEN_COMMAND = 'npm run --silent token -- --user {user} --scopes "{scopes}" --app-id {appId}';

/**
 * The second application's id, for the reference server's development tokens; against Graph the
 * second-application token command decides which application it is.
 */
export const SECOND_APP_ID = "5ec0d0a9-0000-4000-8000-00000000a002";

// Values go into a shell command line: allow only what ids, UPNs and permission names contain.
const SAFE = /^[A-Za-z0-9@._#:\- ]*$/;

/** Returns a cached token getter over any {@link TokenSource}. */
export function tokenGetter(source: TokenSource): (kind: TokenKind) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  const fetchToken =
    typeof source === "function" ? async (kind: TokenKind) => source(kind) : (kind: TokenKind) => fromCommand(source, kind);
  return (kind) => {
    const key = JSON.stringify(kind);
    let token = cache.get(key);
    if (!token) {
      token = fetchToken(kind).then((t) => t.trim());
      // A failed attempt is not cached, so a later check may try again.
      token.catch(() => cache.delete(key));
      cache.set(key, token);
    }
    return token;
  };
}

/** Whether the source can give a second application's tokens (a function is asked and trusted to). */
export function hasSecondApp(source: TokenSource): boolean {
  return typeof source === "function" || source.secondAppCommand !== undefined;
}

async function fromCommand(source: Exclude<TokenSource, (kind: TokenKind) => unknown>, kind: TokenKind): Promise<string> {
  const template = "app" in kind ? (source.appCommand ?? DEFAULT_APP_TOKEN_COMMAND) : kind.appId ? source.secondAppCommand : source.command;
  if (template === undefined) throw new Error("no command for a second application's tokens (secondAppCommand)");
  const values: Record<string, string> =
    "app" in kind ? { roles: kind.roles.join(" ") } : { user: kind.user, scopes: kind.scopes.join(" "), appId: kind.appId ?? "" };
  const command = template.replace(/\{(user|scopes|roles|appId)\}/g, (_m, name: string) => {
    const value = values[name] ?? "";
    if (!SAFE.test(value)) throw new Error(`refusing to put '${value}' into a shell command`);
    return value;
  });
  const { stdout } = await run(command, { timeout: 60_000 });
  const token = stdout.trim().split(/\s+/).pop() ?? "";
  if (!token) throw new Error(`token command printed nothing: ${command}`);
  return token;
}
