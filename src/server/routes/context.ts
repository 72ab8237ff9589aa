// What every route file is built with.
import type { DomainContext } from "../domain/context.js";
import type { SkipTokens } from "../odata/skiptoken.js";

export interface RouteContext {
  readonly domain: DomainContext;
  readonly skipTokens: SkipTokens;
  /** Fixes the origin of @odata.context and @odata.nextLink; default the request's own. */
  readonly publicBaseUrl: string | undefined;
}
