// Hands each request that matched an operation of the contract to its handler: the validator has
// already resolved the operation from the spec's own paths and methods, so dispatch is one map
// lookup by operationId (an alias runs its canonical operation's handler), not a second route scan.
import type { Request, RequestHandler, Response } from "express";
import type { Call, HandlerMap } from "../handlers/types.js";
import type { Caller } from "../domain/caller.js";
import type { DomainContext } from "../domain/context.js";
import { addressedCaller } from "../domain/addressing.js";
import type { OperationIndex, OperationInfo } from "../operations.js";
import type { CanonicalOperationId } from "../../shared/operations.js";
import { serviceRoot } from "./links.js";
import { nextLink } from "./paging.js";

/** A handler seen from here, where the operation is only known at run time. */
type AnyHandler = (call: Call<CanonicalOperationId>) => Promise<AnyReply>;

/** A JSON answer, raw bytes with their type (only where the contract's content is not JSON), or no body. */
type AnyReply = { status: number; headers?: Readonly<Record<string, string>> } & (
  { body: unknown } | { bytes: Buffer; contentType: string } | { body?: undefined; bytes?: undefined }
);

/** Checks that handlers and operations match one for one; throws naming the first mismatch. */
export function checkHandlers(handlers: HandlerMap, operations: OperationIndex): void {
  const canonical = operations.canonicalIds();
  for (const id of canonical) if (typeof handlers[id] !== "function") throw new Error(`no handler for operation ${id}`);
  for (const id of Object.keys(handlers))
    if (!canonical.has(id as CanonicalOperationId)) throw new Error(`handler ${id} serves no operation`);
}

/** Names the request's operation (once, right after routing) for every later stage. */
export function resolveOperation(operations: OperationIndex): RequestHandler {
  return (req, res, next) => {
    const operationId = (req.openapi?.schema as { operationId?: unknown } | undefined)?.operationId;
    if (typeof operationId === "string") res.locals.operation = operations.get(operationId);
    next();
  };
}

export function dispatch(handlers: HandlerMap, domain: DomainContext, publicBaseUrl: string | undefined): RequestHandler {
  return async (req, res, next) => {
    const { operation } = res.locals;
    if (!operation) return next();
    const handler = handlers[operation.canonical] as unknown as AnyHandler;
    const caller = addressed(domain, res.locals.caller, operation, req.openapi?.pathParams);
    const reply = await handler(callOf(req, res.locals, publicBaseUrl, caller, domain.clock));
    if (reply.headers) res.set(reply.headers);
    if ("body" in reply) res.status(reply.status).json(reply.body);
    // Bytes bypass express-openapi-validator's response check, which wraps only res.json: their
    // type is checked at compile time instead (Reply allows bytes only under a documented media
    // range, their content type within it). Cache-Control: no-store is already set for every answer.
    else if (reply.bytes !== undefined) res.status(reply.status).type(reply.contentType).send(reply.bytes);
    else res.status(reply.status).end();
  };
}

/** The caller an alias addressed through `/me` or `/users/{userId}` runs its canonical operation as. */
function addressed(domain: DomainContext, caller: Caller, operation: OperationInfo, params: Record<string, string> | undefined): Caller {
  switch (operation.addressedBy) {
    case undefined:
      return caller;
    case "me":
      return addressedCaller(domain, caller, { kind: "me" });
    case "user":
      return addressedCaller(domain, caller, { kind: "user", userKey: params?.userId ?? "" });
  }
}

/** The request as its canonical operation's handler sees it (types: handlers/types.ts). */
function callOf(
  req: Request,
  locals: Response["locals"],
  publicBaseUrl: string | undefined,
  caller: Call<CanonicalOperationId>["caller"],
  clock: () => Date,
) {
  // The operation matched, so the path starts with one of the contract's base paths.
  const base = /^\/beta\//i.test(req.path) ? "/beta" : "/v1.0";
  const root = serviceRoot(req, base, publicBaseUrl);
  return {
    caller,
    appId: locals.appId,
    // Read only by the operations that need it: a request must not read the server's clock for nothing.
    get tokenExpiresAt() {
      return onServerClock(locals.tokenExpiresAt, clock);
    },
    // The validator's decoded path parameters.
    params: req.openapi?.pathParams ?? {},
    query: req.query,
    // Validated against the operation's request schema by now.
    body: req.body as unknown,
    base,
    links: { root, nextLink: (token: string) => nextLink(req, root, req.path.slice(base.length), token) },
  } as unknown as Call<CanonicalOperationId>;
}

/**
 * When the token expires, on the server's clock. Tokens are checked against the real clock, while
 * subscriptions' lifecycle runs on the server's, which the harness and /_admin/time move forward:
 * a token with an hour left has an hour left on the server's clock too. Taken as it is, a token
 * minted after the clock was moved past an hour would already count as expired, and renewing or
 * reauthorizing with it would ask for reauthorization again at once.
 */
function onServerClock(expiresAt: Date | undefined, clock: () => Date): Date | undefined {
  return expiresAt && new Date(clock().getTime() + (expiresAt.getTime() - Date.now()));
}
