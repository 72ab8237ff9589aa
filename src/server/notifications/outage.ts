// Logging for the notification machinery's background work when the database is away: an outage
// is expected to end (the server answers 503 meanwhile and recovers by itself), so it is one
// warning when it starts and one line when work resumes — not an error every poll.
import type { Logger } from "pino";
import { StoreUnavailableError } from "../store/errors.js";

export class OutageLog {
  private down = false;

  constructor(private readonly logger: Logger) {}

  /** Logs a failed background step: an unavailable store once per outage, anything else as an error. */
  failed(error: unknown, what: string): void {
    if (!(error instanceof StoreUnavailableError)) {
      this.logger.error({ err: error }, `change notifications: ${what} failed`);
      return;
    }
    if (this.down) return;
    this.down = true;
    this.logger.warn({ err: error }, `change notifications: ${what} waits for the database; deliveries resume when it is back`);
  }

  /** A background step that reached the store succeeded. */
  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info("change notifications: the database is back; deliveries resume");
  }
}
