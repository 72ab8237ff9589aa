// Following `@odata.nextLink` to the end of a collection, one page at a time, so callers can act
// between pages (the paging race writes there).
import type { SuiteContext } from "./context.js";
import type { Exchange, RequestSpec } from "./exchange.js";
import { CheckFailure } from "./failure.js";

/** Pages beyond this mean the links never end. */
const MAX_PAGES = 5_000;

/** A page's items and the exchange that brought them. */
export type PageHandler<T> = (items: T[], exchange: Exchange) => void | Promise<void>;

/** Every item of the collection `first` asks for, in order; each page goes to `onPage` first. */
export async function walkPages<T>(ctx: SuiteContext, first: RequestSpec, onPage?: PageHandler<T>): Promise<T[]> {
  const all: T[] = [];
  let request: RequestSpec = first;
  for (let page = 1; ; page++) {
    if (page > MAX_PAGES) throw new CheckFailure(`more than ${MAX_PAGES} pages: @odata.nextLink never ends`);
    const { exchange } = await ctx.http.exchange(request);
    if (exchange.status !== 200) throw new CheckFailure(`listing page ${page} got ${exchange.status}`, exchange.request);
    const json = exchange.json as { value?: T[]; "@odata.nextLink"?: string };
    const items = json.value ?? [];
    all.push(...items);
    await onPage?.(items, exchange);
    const next = json["@odata.nextLink"];
    if (next === undefined) return all;
    // The link is absolute and carries every query option, $top included.
    const { query: _first, ...rest } = first;
    request = { ...rest, path: next };
  }
}
