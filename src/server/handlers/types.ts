// What a handler is, typed from the generated `operations`: its path parameters, query and body
// come from the operation's request, and what it may answer from the operation's documented
// success responses. A handler with a wrong body or parameter type, or an undocumented status,
// does not compile.
import type { operations, Readable, Writable } from "../../../generated/schema.js";
import type { CanonicalOperationId } from "../../shared/operations.js";
import type { Caller } from "../domain/caller.js";

type Operation<K extends CanonicalOperationId> = operations[K];
type Parameters<K extends CanonicalOperationId> = Operation<K>["parameters"];

/** Present-or-empty: openapi-typescript writes `path?: never` for an operation without any. */
type Group<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;

export type PathParams<K extends CanonicalOperationId> = Group<Parameters<K>["path"]>;
export type QueryParams<K extends CanonicalOperationId> = Group<Parameters<K>["query"]>;

type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : never;

/** The JSON request body as a client may send it (read-only properties dropped). */
export type RequestBody<K extends CanonicalOperationId> = [JsonOf<NonNullable<Operation<K>["requestBody"]>>] extends [never]
  ? undefined
  : Writable<JsonOf<NonNullable<Operation<K>["requestBody"]>>>;

type Responses<K extends CanonicalOperationId> = Operation<K>["responses"];
type SuccessStatus<K extends CanonicalOperationId> = Extract<keyof Responses<K>, 200 | 201 | 204 | 207>;

/** The media types of a response other than JSON, e.g. `"image/*"`; never when there are none. */
type BinaryMediaOf<T> = T extends { content: infer C } ? Exclude<keyof C, "application/json"> & string : never;

/** The content types a media range admits: `"image/*"` → `` `image/${string}` ``. */
type MediaTypeIn<M extends string> = M extends `${infer Kind}/*` ? `${Kind}/${string}` : M;

type ExtraHeaders = Readonly<Record<string, string>>;

/** The answer for one documented status, by what its response content is. */
type Answer<R, S> = [JsonOf<R>] extends [never]
  ? [BinaryMediaOf<R>] extends [never]
    ? { readonly status: S; readonly body?: never; readonly bytes?: never; readonly headers?: ExtraHeaders }
    : // Raw bytes (e.g. an image's `$value`), only where the contract documents content that is not JSON.
      { readonly status: S; readonly bytes: Buffer; readonly contentType: MediaTypeIn<BinaryMediaOf<R>>; readonly headers?: ExtraHeaders }
  : { readonly status: S; readonly body: Readable<JsonOf<R>>; readonly bytes?: never; readonly headers?: ExtraHeaders };

/** One documented success answer: its status, body or bytes (if it has any) and extra headers. */
export type Reply<K extends CanonicalOperationId> = { [S in SuccessStatus<K>]: Answer<Responses<K>[S], S> }[SuccessStatus<K>];

/** How absolute links of an answer are built for the request being served. */
export interface Links {
  /** `{origin}/v1.0` or `{origin}/beta`: the base of `@odata.context` and `Location`. */
  readonly root: string;
  /** This request's URL with `$skiptoken` set to `token`, for `@odata.nextLink`. */
  nextLink(token: string): string;
}

/** Everything a handler gets for one call of operation `K`. */
export interface Call<K extends CanonicalOperationId> {
  readonly caller: Caller;
  /** The calling application (the token's `appid`/`azp`). */
  readonly appId: string;
  /** When the caller's token expires, if it says. */
  readonly tokenExpiresAt: Date | undefined;
  readonly params: PathParams<K>;
  readonly query: QueryParams<K>;
  readonly body: RequestBody<K>;
  readonly links: Links;
  /** The base path the request came in on, which scopes paging tokens. */
  readonly base: "/v1.0" | "/beta";
}

export type Handler<K extends CanonicalOperationId> = (call: Call<K>) => Promise<Reply<K>>;

/** Exactly one handler per canonical operation: a missing or misspelt one fails to compile. */
export type HandlerMap = { readonly [K in CanonicalOperationId]: Handler<K> };
