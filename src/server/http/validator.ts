// express-openapi-validator wiring. Its middleware array is split in two so authentication can
// run between them, giving the contract's order of checks: unknown path 404 → wrong method 405
// (routing stage) → token 401 → body 415/400 (validation stage) → permission 403.
import type { RequestHandler } from "express";
import * as OpenApiValidator from "express-openapi-validator";
import { restrictedPaths, type SpecDocument } from "../spec.js";
import { HttpError } from "./graph-error.js";
import { cacheValidatorRouteMatchers } from "./route-matchers.js";

export interface ValidatorStages {
  /** Resolves the operation: 404 for unknown paths under a base path, 405 with `Allow`. */
  routing: RequestHandler[];
  /** Validates the request (415/400) and installs response validation. */
  validation: RequestHandler[];
}

let shared: ValidatorStages | undefined;

/**
 * The validator for the project's own contract, built once per process and shared by every app.
 * It holds no per-app state (its options are fixed; it reads routing settings from `req.app`), and
 * it compiles each operation's validators on that operation's first request (hundreds of ms
 * apiece): tests that build an app per case, and programs that start several servers, pay that
 * once per process.
 */
export function contractValidator(document: () => SpecDocument): ValidatorStages {
  shared ??= openApiValidator(document());
  return shared;
}

export function openApiValidator(document: SpecDocument): ValidatorStages {
  cacheValidatorRouteMatchers();
  const middlewares = OpenApiValidator.middleware({
    apiSpec: document as unknown as Parameters<typeof OpenApiValidator.middleware>[0]["apiSpec"],
    validateRequests: { allowUnknownQueryParameters: false },
    // Every response is checked against the contract; a mismatch becomes a 500 and a log line,
    // so a server bug can never reach a client looking like a valid answer.
    validateResponses: true,
    validateSecurity: false,
    validateFormats: true,
    ignoreUndocumented: false,
    fileUploader: false,
  }) as RequestHandler[];
  // The list is [pathParams, metadata, security, request, response] (named functions); split
  // after metadata. Security is disabled: our own authentication runs between the stages. A
  // test of the check order pins this.
  const split = middlewares.findIndex((m) => m.name === "metadataMiddleware") + 1;
  if (split === 0) throw new Error("express-openapi-validator's middleware list changed; check its version");
  return { routing: [onlyOnListedBases(document), ...middlewares.slice(0, split)], validation: middlewares.slice(split) };
}

/** Operations whose path lists its own `servers` (the beta-only ones) do not exist elsewhere. */
function onlyOnListedBases(document: SpecDocument): RequestHandler {
  const restricted = restrictedPaths(document);
  return (req, _res, next) => {
    const base = `/${req.path.split("/")[1] ?? ""}`;
    const rest = req.path.slice(base.length);
    const hit = restricted.find((r) => r.pattern.test(rest));
    if (hit && !hit.bases.includes(base)) {
      throw new HttpError(
        404,
        `Resource not found for the segment '${rest.split("/").filter(Boolean).pop() ?? ""}' in ${base}; this operation exists only in ${hit.bases.join(", ")}.`,
      );
    }
    next();
  };
}
