// What every handler file is built with.
import type { DomainContext } from "../domain/context.js";
import type { NotificationContext } from "../notifications/context.js";
import type { SkipTokens } from "../odata/skiptoken.js";

export interface HandlerContext {
  readonly domain: DomainContext;
  /** Subscriptions and their deliveries (the subscription handlers'). */
  readonly notifications: NotificationContext;
  /** Signs and checks `$skiptoken`s, so a paging link continues only the query it came from. */
  readonly skipTokens: SkipTokens;
}
