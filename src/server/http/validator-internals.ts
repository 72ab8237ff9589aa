// The pieces of express-openapi-validator 5.6.2 that the server assembles its stages from. Its
// `middleware()` builds the same pieces, but behind a promise every request waits on (one hop per
// middleware), with a route lookup that scans every route, and after loading the spec through
// json-schema-ref-parser and validating it against the OpenAPI schema on every start. The server
// builds them itself (http/validator.ts) so start-up can await them once. Everything named here is
// internal to the package, so this is the one file that knows where; a test pins the version.
import { createRequire } from "node:module";
import type { RequestHandler } from "express";

/** One route of the spec, as the validator's spec loader lists them (sorted, static before dynamic). */
export interface ValidatorRoute {
  readonly basePath: string;
  readonly expressRoute: string;
  readonly openApiRoute: string;
  readonly method: string;
}
/** The validator's view of a loaded spec. */
export interface ValidatorContext {
  readonly apiDoc: { paths: Record<string, Record<string, unknown>> };
  readonly routes: readonly ValidatorRoute[];
  readonly basePaths: readonly string[];
  readonly serial: number;
  readonly openApiRouteMap: Record<string, Record<string, unknown>>;
  isManagedRoute(path: string): boolean;
}
export interface LoadedSpec {
  readonly apiDoc: object;
  readonly basePaths: readonly string[];
  readonly routes: readonly ValidatorRoute[];
  readonly serial: number;
}
interface ValidatorInstance {
  readonly ajvOpts: { readonly preprocessor: object };
  readonly options: { readonly validateResponses: object | false };
  requestValidationMiddleware(apiDoc: object): RequestHandler;
  responseValidationMiddleware(apiDoc: object, serial: number): RequestHandler;
}
export interface SchemaPreprocessor {
  preProcess(): { apiDocRes: object | null };
  /** Returns the schema a `{ $ref }` names (or the schema itself); replaceable per instance. */
  resolveSchema(schema: unknown): unknown;
}
type HttpErrorClass = new (details: { path: string; message: string; headers?: Record<string, string> }) => Error;

interface Internals {
  readonly version: string;
  readonly OpenApiValidator: new (options: object) => ValidatorInstance;
  readonly OpenApiSpecLoader: new (options: object) => {
    framework: { loadSpec(doc: object): Promise<object> };
    load(): Promise<LoadedSpec>;
  };
  readonly SchemaPreprocessor: new (apiDoc: object, ajvOptions: object, responseOptions: object | false) => SchemaPreprocessor;
  readonly OpenApiContext: new (
    spec: LoadedSpec,
    ignorePaths: undefined,
    ignoreUndocumented: boolean,
    useRequestUrl: boolean,
  ) => ValidatorContext;
  readonly httpMethods: ReadonlySet<string>;
  readonly NotFound: HttpErrorClass;
  readonly MethodNotAllowed: HttpErrorClass;
  readonly BadRequest: HttpErrorClass;
  readonly pathToRegexp: (path: string, options: { sensitive: boolean; strict: boolean }) => { regexp: RegExp; keys: { name: string }[] };
}

/** The version these internals were read from; another one fails at start, not in some request. */
export const SUPPORTED_VERSION = "5.6.2";

let loaded: Internals | undefined;

interface SchemaCheckModule {
  OpenAPISchemaValidator: new (options: object) => { validate(document: object): { errors: unknown[] } };
}

export function validatorInternals(): Internals {
  if (loaded) return loaded;
  const fromPackage = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
  const { version } = fromPackage("../package.json") as { version: string };
  if (version !== SUPPORTED_VERSION) {
    throw new Error(`express-openapi-validator ${version} is installed; the server is assembled from ${SUPPORTED_VERSION}'s internals`);
  }
  compileSpecCheckWhenUsed(fromPackage("./framework/openapi.schema.validator.js") as SchemaCheckModule);
  const types = fromPackage("./framework/types.js") as Record<string, HttpErrorClass>;
  const preprocessor = fromPackage("./middlewares/parsers/schema.preprocessor.js") as Pick<Internals, "SchemaPreprocessor" | "httpMethods">;
  loaded = {
    version,
    OpenApiValidator: (fromPackage("./openapi.validator.js") as Pick<Internals, "OpenApiValidator">).OpenApiValidator,
    OpenApiSpecLoader: (fromPackage("./framework/openapi.spec.loader.js") as Pick<Internals, "OpenApiSpecLoader">).OpenApiSpecLoader,
    OpenApiContext: (fromPackage("./framework/openapi.context.js") as Pick<Internals, "OpenApiContext">).OpenApiContext,
    SchemaPreprocessor: preprocessor.SchemaPreprocessor,
    httpMethods: preprocessor.httpMethods,
    NotFound: required(types, "NotFound"),
    MethodNotAllowed: required(types, "MethodNotAllowed"),
    BadRequest: required(types, "BadRequest"),
    // The validator's own copy, so routes match exactly as its lookup matched them.
    pathToRegexp: (fromPackage("path-to-regexp") as Pick<Internals, "pathToRegexp">).pathToRegexp,
  };
  return loaded;
}

function required(types: Record<string, HttpErrorClass>, name: string): HttpErrorClass {
  const found = types[name];
  if (typeof found !== "function") throw new Error(`express-openapi-validator has no ${name} error`);
  return found;
}

/**
 * The spec loader builds a check of the document against the OpenAPI schema (ajv compiling that
 * schema: about 300 ms, a quarter of start-up) whether or not it is asked to check anything. The
 * loader reads the class from its module at each use, so it gets one that compiles on first check.
 */
function compileSpecCheckWhenUsed(module: SchemaCheckModule): void {
  const Eager = module.OpenAPISchemaValidator;
  if ((Eager as { lazy?: true }).lazy) return;
  module.OpenAPISchemaValidator = class {
    static readonly lazy = true;
    #check: InstanceType<typeof Eager> | undefined;
    constructor(private readonly options: object) {}
    validate(document: object): { errors: unknown[] } {
      this.#check ??= new Eager(this.options);
      return this.#check.validate(document);
    }
  };
}
