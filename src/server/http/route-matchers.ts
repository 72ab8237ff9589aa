// express-openapi-validator 5.6.2 finds a request's operation by compiling every route of the
// spec with path-to-regexp on every request (openapi.metadata.js, lookupRoute) — about a tenth of
// the server's time per request here. Upstream has an open fix that caches the compiled matchers
// (cdimascio/express-openapi-validator#1217); until it ships, the same cache is applied to the
// path-to-regexp instance the validator loads. Results are pure functions of (route, options), and
// the validator only reads them (the regexps have no `g` flag, so they keep no state).
import { createRequire } from "node:module";

interface Compiled {
  readonly regexp: RegExp;
  readonly keys: readonly { readonly name: string }[];
}
type PathToRegexp = (path: string, options?: Record<string, unknown>) => Compiled;
interface PathToRegexpModule {
  pathToRegexp: PathToRegexp & { cached?: true };
}

let installed = false;

/** Makes the validator's path-to-regexp remember what it compiled. Idempotent. */
export function cacheValidatorRouteMatchers(): void {
  if (installed) return;
  installed = true;
  const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
  const module = fromValidator("path-to-regexp") as PathToRegexpModule;
  if (module.pathToRegexp.cached) return;
  const compile = module.pathToRegexp;
  // Per route, one entry per combination of the two options the validator passes.
  const cache = new Map<string, (Compiled | undefined)[]>();
  const cached = (path: string, options: Record<string, unknown> = {}): Compiled => {
    // Only the validator's kind of call is remembered: a route string with at most the boolean
    // `sensitive` and `strict` options. Anything else compiles as before.
    if (typeof path !== "string" || !onlyFlags(options)) return compile(path, options);
    const slot = (options.sensitive === true ? 2 : 0) + (options.strict === true ? 1 : 0);
    let entries = cache.get(path);
    if (!entries) cache.set(path, (entries = []));
    return (entries[slot] ??= compile(path, options));
  };
  module.pathToRegexp = Object.assign(cached, { cached: true as const });
}

function onlyFlags(options: Record<string, unknown>): boolean {
  for (const name in options) {
    if ((name !== "sensitive" && name !== "strict") || (options[name] !== undefined && typeof options[name] !== "boolean")) return false;
  }
  return true;
}
