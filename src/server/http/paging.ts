// Server-driven paging: page sizes from $top and absolute @odata.nextLink URLs that repeat the
// request's query options with a fresh $skiptoken.
import type { LinkRequest } from "./links.js";

export const DEFAULT_PAGE_SIZE = 20;

/** `$top` (already validated as 1–50 by the contract) or the default page size. */
export function pageSize(query: { $top?: number | string | undefined }): number {
  const top = Number(query.$top);
  return Number.isInteger(top) && top > 0 ? top : DEFAULT_PAGE_SIZE;
}

/**
 * The request's own URL with `$skiptoken` replaced; `$` stays literal, as in Graph's links. `root`
 * is the service root (serviceRoot), `path` the request's path below it.
 */
export function nextLink(req: Pick<LinkRequest, "url">, root: string, path: string, skiptoken: string): string {
  const params = new URLSearchParams(req.url.split("?")[1] ?? "");
  params.delete("$skiptoken");
  params.set("$skiptoken", skiptoken);
  const query = [...params].map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, "$")}=${encodeURIComponent(v)}`).join("&");
  return `${root}${path}?${query}`;
}
