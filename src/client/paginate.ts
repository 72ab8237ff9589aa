// Server-driven paging: the first page is an ordinary typed GET; every further page is the
// absolute URL in `@odata.nextLink`, followed until a page has none (or the caller's limit).
import type { Client, ClientPathsWithMethod, FetchOptions, MethodResponse } from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { GraphError, record } from "./graph-error.js";

type GetPath = ClientPathsWithMethod<Client<paths>, "get">;
type PageOf<P extends GetPath> = MethodResponse<Client<paths>, "get", P>;

/**
 * The paths whose GET answers a collection page (`{ value: T[]; "@odata.nextLink"?: string }`):
 * `"/chats"`, `"/me/chats"`, `"/users/{userId}/chats"`, `"/chats/{chatId}/messages"` and
 * `"/chats/{chatId}/members"`. Derived from `paths`, so it follows the contract.
 *
 * @example
 * ```ts
 * const path: CollectionPath = "/chats/{chatId}/messages";
 * ```
 */
export type CollectionPath = { [P in GetPath]: PageOf<P> extends { value: readonly unknown[] } ? P : never }[GetPath];

/**
 * The type of one item of a collection path's pages: the element of its 200 answer's `value`.
 *
 * @example
 * ```ts
 * type Message = CollectionItem<"/chats/{chatId}/messages">; // components["schemas"]["chatMessage"], as read
 * ```
 */
export type CollectionItem<P extends CollectionPath> = PageOf<P> extends { value: readonly (infer T)[] } ? T : never;

/**
 * The first page's request options: those of `client.GET(path, init)`, less the ones paging
 * decides itself (pages are always JSON and next pages use `@odata.nextLink` as it is).
 *
 * @example
 * ```ts
 * const init: PaginateInit<"/chats"> = { params: { query: { $top: 50, $expand: "members" } } };
 * ```
 */
export type PaginateInit<P extends CollectionPath> = Omit<
  FetchOptions<paths[P]["get"]>,
  "parseAs" | "querySerializer" | "pathSerializer" | "body"
>;

/**
 * Options of `client.paginate` beyond the request's own.
 *
 * @example
 * ```ts
 * const options: PaginateOptions = { limit: 100, signal: AbortSignal.timeout(10_000) };
 * ```
 */
export interface PaginateOptions {
  /** Stop after this many items; no page beyond the one holding the last of them is fetched. */
  limit?: number;
  /** Cancels the page request in flight (and its retries' waits); the iterator then rejects. */
  signal?: AbortSignal;
}

/** `init` is required exactly when `client.GET(path, init)` requires it (path parameters). */
export type PaginateArgs<P extends CollectionPath> =
  Record<never, never> extends PaginateInit<P>
    ? [init?: PaginateInit<P>, options?: PaginateOptions]
    : [init: PaginateInit<P>, options?: PaginateOptions];

/**
 * Iterates over every item of a collection, page by page, following `@odata.nextLink` until the
 * last page (or `options.limit` items). Pages are fetched lazily, as the loop asks for items,
 * with the client's middlewares (token, `client-request-id`, retries). A page answered with a
 * non-2xx status makes the iterator throw a {@link GraphError}.
 *
 * @example
 * ```ts
 * for await (const chat of client.paginate("/chats", { params: { query: { $top: 50 } } }, { limit: 200 })) {
 *   console.log(chat.id, chat.topic); // chat: the chat schema, typed
 * }
 * ```
 */
export type Paginate = <P extends CollectionPath>(path: P, ...args: PaginateArgs<P>) => AsyncGenerator<CollectionItem<P>, void, undefined>;

type LooseInit = Record<string, unknown>;
type LooseGet = (path: string, init: LooseInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Builds `client.paginate` for a client (see {@link Paginate}). */
export function paginator(client: Client<paths>): Paginate {
  // openapi-fetch checks a call against one literal path; a call with a generic P cannot be
  // resolved, so pages are fetched through a loosely typed view of the same GET. Callers are
  // checked against Paginate's signature, and each page's shape is checked at runtime.
  const get: LooseGet = (path, init) => client.GET(path as never, init as never);
  return <P extends CollectionPath>(path: P, ...[init, { limit, signal } = {}]: PaginateArgs<P>) => {
    if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0))
      throw new RangeError("paginate: limit must be a whole number >= 0");
    // Both the request's own signal and options.signal cancel.
    const own = init?.signal;
    const either = own && signal ? AbortSignal.any([own, signal]) : (own ?? signal);
    return items<CollectionItem<P>>(get, path, { ...init, signal: either }, either, limit);
  };
}

async function* items<T>(
  get: LooseGet,
  path: string,
  init: LooseInit,
  signal: AbortSignal | null | undefined,
  limit = Infinity,
): AsyncGenerator<T, void, undefined> {
  let link: string | undefined;
  // Pages are fetched only when the loop asks for more, and never once `limit` items were yielded.
  while (limit > 0) {
    signal?.throwIfAborted();
    // `link` is never "": it is an absolute URL.
    const { data, error, response } = await get(path, link ? nextPageInit(init, link) : init);
    if (!response.ok) throw GraphError.from(response, error);
    const { value, "@odata.nextLink": next } = record(data);
    if (!Array.isArray(value)) throw new TypeError(`paginate: the answer to ${link ?? path} is not a collection page`);
    for (const item of value.slice(0, limit)) {
      limit--;
      yield item as T;
    }
    if (next === undefined || next === null) return;
    // Not followed: a link that would loop forever, is not an absolute URL, or would send the
    // token over plain http after an https page.
    if (
      typeof next !== "string" ||
      next === link ||
      !/^https?:\/\//i.test(next) ||
      (/^https:/i.test(response.url) && !/^https:/i.test(next))
    ) {
      throw new TypeError(
        `paginate: refusing to follow @odata.nextLink ${JSON.stringify(next)} (repeated, not absolute, or https to http)`,
      );
    }
    link = next;
  }
}

/**
 * The init that makes `client.GET(path, init)` request exactly `link`.
 *
 * Next pages go through the same client.GET, not a bare fetch, so every middleware runs for
 * them (token, client-request-id, retry, and any the caller registered), sees the real URL and
 * the operation's schemaPath, and retries re-send to the link. openapi-fetch builds the URL as
 * pathSerializer(baseUrl + path, params.path), then appends "?" + querySerializer(params.query)
 * unless that is empty: a per-call pathSerializer returning the link and a querySerializer
 * returning "" make that URL the link, byte for byte. The first page's query is dropped from
 * params: the link carries its own ($top, $skiptoken, …).
 */
function nextPageInit(init: LooseInit, link: string): LooseInit {
  const { query: _query, ...params } = record(init.params);
  return {
    ...init,
    // pathSerializer is only called when params.path is set; paths without parameters get {}.
    params: { ...params, path: params.path ?? {} },
    pathSerializer: () => link,
    querySerializer: () => "",
  };
}
