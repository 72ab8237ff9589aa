// Opening a connection pool to PostgreSQL: sane timeouts (a dead database is an error within
// seconds, never a hang), idle-client errors logged instead of crashing the process, and a
// description of the target that names host, port and database but never the password.
import { types } from "node:util";
import pg from "pg";
import { StoreUnavailableError } from "../errors.js";
import { describeDatabase } from "./describe.js";

/** How every connection of this server names itself in pg_stat_activity, so operators can tell them apart. */
export const APPLICATION_NAME = "graph-chat-contract";

export interface PoolSettings {
  /** How long to wait for a connection before giving up; default 5 s. */
  readonly connectTimeoutMs?: number;
  /** Most connections this process opens; default 10. */
  readonly max?: number;
  /** Called with errors of idle connections (the database restarting, say). */
  readonly onIdleError?: (error: Error) => void;
}

/** A pool for `url`; rejects within the connect timeout, naming the target, if it cannot connect. */
export async function openPool(url: string, settings: PoolSettings = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: settings.connectTimeoutMs ?? 5_000,
    max: settings.max ?? 10,
    idleTimeoutMillis: 30_000,
    // A statement that runs this long is stuck (a lock never released): fail it rather than hang.
    statement_timeout: 15_000,
    application_name: APPLICATION_NAME,
  });
  pool.on("error", (error) => settings.onIdleError?.(error));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot connect to PostgreSQL at ${describeDatabase(url)}: ${reasonOf(error)}`, { cause: error });
  }
  return pool;
}

/**
 * Whether `value` is an Error, also one made in another realm: `instanceof Error` is false for the
 * errors of Node's own modules (a refused connection) when the server runs inside a vm context,
 * as it does in a jest test of another repository that starts it with startServer().
 */
function isError(value: unknown): value is Error {
  return types.isNativeError(value);
}

function aggregated(error: Error): readonly unknown[] {
  const errors = (error as { errors?: unknown }).errors;
  return error.name === "AggregateError" && Array.isArray(errors) ? errors : [];
}

/** A one-line reason from a connection error (AggregateErrors of several addresses included). */
export function reasonOf(error: unknown): string {
  if (isError(error) && aggregated(error).length > 0) return reasonOf(aggregated(error)[0]);
  if (isError(error)) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code) ? `${code} ${error.message}` : error.message || String(code);
  }
  return String(error);
}

// SQLSTATE classes and codes that mean "the database is not there right now", not "the query is wrong".
const UNAVAILABLE_CODES = new Set(["57P01", "57P02", "57P03", "53300", "53000"]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "EAI_AGAIN",
  "ENETUNREACH",
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended|connect ECONNREFUSED/i;

/** The error as the server should see it: a StoreUnavailableError when the database is away. */
export function translateError(error: unknown): unknown {
  if (!isError(error)) return error;
  const code = (error as { code?: unknown }).code;
  const unavailable =
    (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || code.startsWith("08") || NETWORK_CODES.has(code))) ||
    UNAVAILABLE_MESSAGES.test(error.message) ||
    aggregated(error).some((e) => translateError(e) instanceof StoreUnavailableError);
  return unavailable ? new StoreUnavailableError(`The chat store is unavailable: ${reasonOf(error)}`, { cause: error }) : error;
}
