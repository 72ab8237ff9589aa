// A request as the suite describes it, and the answer it got: the data every sender, verifier
// and check passes around.
import type { OperationId } from "../../shared/operations.js";
import type { SentRequest } from "./curl.js";
import type { TokenKind } from "./types.js";

/** A request to send; `path` is below `base` with path parameters already encoded. */
export interface RequestSpec {
  /** The service root the path is below; default `/v1.0` (`/beta` for beta-only operations). */
  base?: "/v1.0" | "/beta";
  /** The operation, for the documented-status and schema checks; omit for protocol probes. */
  op?: OperationId;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Serialised as JSON. */
  body?: unknown;
  /** Who calls: a token kind, a literal token, or no token at all (`null`). */
  as: TokenKind | { raw: string } | null;
  /** Sent as `client-request-id` unless `null`; default a fresh id. */
  clientRequestId?: string | null;
}

/** A request and the server's answer. */
export interface Exchange {
  request: SentRequest;
  status: number;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when empty or not JSON. */
  json: unknown;
  /** The body as received, for answers that are not JSON (an image's bytes); absent when not kept. */
  bytes?: Uint8Array;
}
