// The test harness's controls on a running server: development tokens for the current directory's
// users, reset, recorded requests, directory swaps, the notification delivery journal and moving
// time forward. Kept apart from listen.ts, which only listens.
import { mintDevToken } from "./auth/mint.js";
import type { AuthSettings } from "./auth/verify.js";
import type { ServerControl } from "./control.js";
import { Directory, type DirectoryData } from "./directory/directory.js";
import type { RecordedRequest } from "./http/request-log.js";
import { journalEntry, parseAdvance, type DeliveryJournalEntry } from "./notifications/journal.js";

/** Which application a development token is for (subscriptions, quotas and throttling are per app). */
export interface TokenOptions {
  /** The app id (`azp`/`appid`); default the development application's. */
  appId?: string;
}

export interface HarnessControls {
  /**
   * A development token for a user of the current directory (by id or UPN), with delegated
   * `scopes` (space separated; default `Chat.ReadWrite`). Rejects for an unknown user, and when
   * the server verifies real tokens (`auth: { mode: "jwks" }`), which refuses development tokens.
   */
  token(user: string, scopes?: string, options?: TokenOptions): Promise<string>;
  /** A development application token of the current directory's tenant with these roles. */
  appToken(roles: string[], options?: TokenOptions): Promise<string>;
  /**
   * Back to the start: the start directory, only the seed chats, no scheduled faults (the start
   * fault settings, random draws from the seed again), full throttling buckets, no recorded
   * requests. Resolves once the seed is stored again; await it between tests (e.g. in
   * `afterEach(() => server.reset())`).
   */
  reset(): Promise<void>;
  /**
   * The requests received since start or the last reset (at most the last 1,000), oldest first;
   * empty with `recordRequests: false`.
   */
  requests(): RecordedRequest[];
  /**
   * Replaces the directory (plain data is checked like DIRECTORY_FILE; throws naming the problem)
   * and forgets every chat; resolves once the chats are gone. Tokens of users no longer in the
   * directory are then refused with 401.
   */
  loadDirectory(data: Directory | DirectoryData): Promise<void>;
  /**
   * The change and lifecycle notifications sent or waiting, oldest first (the last 1,000 settled
   * plus every pending one): where to, the body, the state (`pending`, `delivered`, `dropped`,
   * `cancelled`) and every attempt's status or error. Waits until every write so far is queued.
   */
  deliveries(): Promise<DeliveryJournalEntry[]>;
  /**
   * Moves the server's clock forward (milliseconds, or `30s`, `5m`, `4h`, `3d`): subscriptions
   * expire, `reauthorizationRequired` falls due and retries come round as if the time had passed.
   * Resolves once expiry and lifecycle notifications are handled (their deliveries are then queued).
   */
  advanceTime(by: number | string): Promise<void>;
}

export function harnessControls(control: ServerControl, auth: AuthSettings | undefined): HarnessControls {
  // With a JWKS the server trusts only the identity provider's keys: a dev token would be a 401.
  const refuse = (what: string): Promise<never> =>
    Promise.reject(
      new Error(
        `${what}: this server verifies tokens against a JWKS (auth mode "jwks") and refuses development tokens; get a token from your identity provider`,
      ),
    );
  const devTokens = auth?.mode !== "jwks";
  return {
    token: async (user, scopes, options = {}) => {
      if (!devTokens) return refuse("token()");
      const found = control.directory.find(user);
      if (!found) throw new Error(`token(): no user '${user}' in the server's directory (give an id or user principal name)`);
      return mintDevToken({
        kind: "user",
        userId: found.id,
        tenantId: control.directory.tenantId,
        ...(scopes !== undefined && { scopes }),
        ...(options.appId !== undefined && { appId: options.appId }),
      });
    },
    appToken: async (roles, options = {}) =>
      devTokens
        ? mintDevToken({
            kind: "app",
            tenantId: control.directory.tenantId,
            roles,
            ...(options.appId !== undefined && { appId: options.appId }),
          })
        : refuse("appToken()"),
    reset: () => control.reset(),
    requests: () => control.requests(),
    loadDirectory: async (data) => control.loadDirectory(data instanceof Directory ? data : Directory.parse(data, "loadDirectory")),
    deliveries: async () => (await control.deliveries()).map(journalEntry),
    advanceTime: (by) => control.advanceTime(parseAdvance(by)),
  };
}
