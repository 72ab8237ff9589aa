// What middleware leaves for later middleware on each response, typed once for all of them.
import type { Caller } from "../domain/caller.js";
import type { OperationInfo } from "../operations.js";

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by the routing stage (http/route-index.ts, in express-openapi-validator's shape) once the request matched an operation. */
      openapi?: { openApiRoute?: string; schema?: unknown; pathParams?: Record<string, string> };
    }
    interface Locals {
      requestId: string;
      clientRequestId: string;
      /** The contract's operation the request matched (set right after routing), if any. */
      operation?: OperationInfo;
      /** Set by the authentication middleware on every API request that reaches the routes. */
      caller: Caller;
      /** The calling application (token's `appid`/`azp`, else the development app id), set with `caller`. */
      appId: string;
      /** When the caller's token expires (its `exp`), set with `caller`. */
      tokenExpiresAt?: Date;
      /** The Graph error code of the error response sent, if any (read by the request log). */
      errorCode?: string;
    }
  }
}

export {};
