// A check failure that carries the request that showed it.
import { toCurl, type SentRequest } from "./curl.js";

/** Thrown by checks; the runner turns it into a failed {@link CheckResult}. */
export class CheckFailure extends Error {
  override name = "CheckFailure";
  readonly curl: string | undefined;

  /** `request` is what was sent, or an already formatted curl line. */
  constructor(reason: string, request?: SentRequest | string) {
    super(reason);
    this.curl = typeof request === "string" ? request : request && toCurl(request);
  }
}

/** A request that got no response at all (refused connection, reset, timeout). */
export class RequestFailed extends CheckFailure {
  override name = "RequestFailed";
}

/** Fails the check with `reason` unless `condition` holds. */
export function ensure(condition: unknown, reason: string, request?: SentRequest): asserts condition {
  if (!condition) throw new CheckFailure(reason, request);
}
