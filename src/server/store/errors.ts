// Failures of the storage engine itself (not of a rule): the database is unreachable, restarting,
// or out of connections. The server answers them 503 with Retry-After, as Graph answers an outage,
// and recovers by itself when the engine is back.
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
  /** How long a client should wait before retrying. */
  readonly retryAfterSeconds = 5;
}
