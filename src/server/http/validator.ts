// express-openapi-validator wiring. Its stages are split in two so authentication can run between
// them, giving the contract's order of checks: unknown path 404 → wrong method 405 (routing stage)
// → token 401 → body 415/400 (validation stage) → permission 403.
import type { RequestHandler } from "express";
import { restrictedPaths, type SpecDocument } from "../spec.js";
import { shareCompiledSchemas } from "./compiled-schemas.js";
import { HttpError } from "./graph-error.js";
import { preprocess } from "./prepare-spec.js";
import { routeIndex } from "./route-index.js";
import { validatorInternals } from "./validator-internals.js";

export interface ValidatorStages {
  /** Resolves the operation: 404 for unknown paths under a base path, 405 with `Allow`. */
  routing: RequestHandler[];
  /** Validates the request (415/400) and installs response validation: `[request, response]`. */
  validation: RequestHandler[];
  /** The request check alone (the proxy runs it without the response hook). */
  request: RequestHandler;
  /** Installs the response check on `res.json` alone. */
  response: RequestHandler;
  /** Settles once the spec is loaded and the stages are built (rejects if the spec is unusable). */
  ready: Promise<void>;
}

/** The validator's options: every request and every JSON response checked against the contract. */
const OPTIONS = {
  validateRequests: { allowUnknownQueryParameters: false },
  // A response mismatch becomes a 500 and a log line, so a server bug can never reach a client
  // looking like a valid answer.
  validateResponses: true,
  validateSecurity: false,
  validateFormats: true,
  ignoreUndocumented: false,
  fileUploader: false,
} as const;

let shared: ValidatorStages | undefined;

/**
 * The validator for the project's own contract, built once per process and shared by every app:
 * it holds no per-app state (it reads routing settings from `req.app`), and what it compiles for
 * one operation serves every app of the process.
 */
export function contractValidator(document: () => SpecDocument): ValidatorStages {
  shared ??= openApiValidator(document());
  return shared;
}

/** Builds the stages for `document` (which the validator takes over and changes). */
export function openApiValidator(document: SpecDocument): ValidatorStages {
  shareCompiledSchemas();
  const building = build(document);
  let built: Built | undefined;
  const ready = building.then((stages) => void (built = stages));
  // Until the stages exist (start-up), a request waits for them; after that, no promise per stage.
  const stage =
    (pick: (stages: Built) => RequestHandler): RequestHandler =>
    (req, res, next) => {
      if (built) {
        pick(built)(req, res, next);
        return;
      }
      building.then((stages) => pick(stages)(req, res, next)).catch(next);
    };
  ready.catch(() => undefined);
  const request = stage((s) => s.request);
  const response = stage((s) => s.response);
  return { routing: [onlyOnListedBases(document), stage((s) => s.routing)], validation: [request, response], request, response, ready };
}

interface Built {
  routing: RequestHandler;
  request: RequestHandler;
  response: RequestHandler;
}

/**
 * What the validator's `middleware()` assembles, minus two start-up costs that do nothing for this
 * document: json-schema-ref-parser's bundling (the document has only local references — a test
 * pins that bundling returns it unchanged) and checking it against the OpenAPI schema (`npm test`
 * lints openapi.yaml, and the same test runs the validator's own check on the document).
 */
async function build(document: SpecDocument): Promise<Built> {
  const internals = validatorInternals();
  const validator = new internals.OpenApiValidator({ apiSpec: document, ...OPTIONS });
  const loader = new internals.OpenApiSpecLoader({ apiDoc: document, validateApiSpec: false, $refParser: { mode: "bundle" } });
  loader.framework.loadSpec = (doc) => Promise.resolve(doc);
  const spec = await loader.load();
  const apiDocRes = preprocess(internals, spec.apiDoc, validator.ajvOpts.preprocessor, validator.options.validateResponses);
  const context = new internals.OpenApiContext(spec, undefined, OPTIONS.ignoreUndocumented, false);
  return {
    routing: routeIndex(internals, context, apiDocRes),
    request: validator.requestValidationMiddleware(context.apiDoc),
    response: validator.responseValidationMiddleware(apiDocRes, context.serial),
  };
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
