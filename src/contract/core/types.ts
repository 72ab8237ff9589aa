// The suite's public vocabulary: what a caller passes in and what comes back.

/**
 * A token the suite needs: a signed-in user with delegated scopes, or an application. `appId` asks
 * for a user's token issued to a second application (SECOND_APP_ID): subscriptions belong to the
 * application that made them, and one application must not see another's.
 */
export type TokenKind = { user: string; scopes: string[]; appId?: string } | { app: true; roles: string[] };

/**
 * How the suite gets tokens: a function, or shell command templates whose stdout is the token.
 * Templates may use `{user}`, `{scopes}` (space separated) and `{roles}`; `secondAppCommand`
 * prints a delegated token of a second application and may also use `{appId}`. Without it (with
 * a command source) the checks that need a second application are skipped.
 */
export type TokenSource =
  ((kind: TokenKind) => string | Promise<string>) | { command: string; appCommand?: string; secondAppCommand?: string };

/** The directory users the suite builds requests with; default: the demo tenant's. */
export interface ContractUsers {
  /** Ordinary in-tenant users (at least four): callers and members. */
  members: { id: string; userPrincipalName?: string }[];
  /** An in-tenant guest user (role must be `guest`); rules about guests are skipped without one. */
  guest?: { id: string };
  /** An out-of-tenant (federated) user (role must be `owner`); skipped without one. */
  federated?: { id: string; tenantId: string };
}

/** Options of {@link runContractSuite}. */
export interface ContractOptions {
  /** The server's origin, e.g. `http://127.0.0.1:3000`; the suite appends `/v1.0`. */
  baseUrl: string;
  tokens: TokenSource;
  /** Seed of every generated request; the same seed replays the same requests. Default 1. */
  seed?: number;
  /** Generated requests per operation and kind (valid / invalid). Default 100. */
  runs?: number;
  /** Runs only the checks whose name matches. */
  only?: RegExp | string;
  /** The fetch to use; default `globalThis.fetch`. Wrap it to put a proxy in the way. */
  fetch?: typeof fetch;
  users?: ContractUsers;
  /** Called after each check, e.g. to print progress. */
  onResult?: (result: CheckResult) => void;
  /**
   * Skip every check that needs the notification receiver (the subscription operations and the
   * change-notification rules): for a server that cannot reach this machine. Default false.
   */
  skipNotifications?: boolean;
  /**
   * The URL the server under test is told to deliver to, when it cannot reach 127.0.0.1 directly:
   * a public URL (a tunnel) that forwards every path to the receiver's port. Default: the
   * receiver's own `http://127.0.0.1:{port}`.
   */
  receiverUrl?: string;
  /** The port the receiver listens on, on 127.0.0.1 (for a tunnel set up in advance). Default: a free one. */
  receiverPort?: number;
  /** Skip the checks of the reference server's own decisions, which Graph need not share. Default false. */
  skipReferenceDecisions?: boolean;
}

/** The outcome of one check. */
export interface CheckResult {
  name: string;
  ok: boolean;
  /** Why it failed. */
  reason?: string;
  /** The failing request as a curl command line, the token elided as `$TOKEN`. */
  curl?: string;
}

/** The outcome of a whole run. */
export interface ContractReport {
  results: CheckResult[];
  passed: number;
  failed: number;
  /** Checks selected but not run, and why: what they need is missing, or a skip option left them out. */
  skipped: { name: string; why: string }[];
}
