// The admin API's bodies are configuration shapes owned by other rooms — fault settings and
// failNext's options (faults/schemas.ts), the directory (directory/directory.ts) — and are
// checked by those rooms' schemas. This is where their refusals become 400s.
import { ConfigError } from "../config-schema/check.js";
import { HttpError } from "../http/graph-error.js";

/** jsonBody leaves `body` undefined when the request sent no JSON. */
export function requireJson(body: unknown): unknown {
  if (body === undefined) throw new HttpError(400, "Empty Payload. JSON content expected (Content-Type: application/json).");
  return body;
}

/**
 * Runs `apply`, which checks a body and acts on it. The configuration's own refusals are the
 * client's fault: 400 naming the field. Anything else is the server's and goes on to the error
 * funnel, which answers 500 without echoing it and logs it.
 */
export function asConfigInput<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (error instanceof ConfigError) throw new HttpError(400, error.message);
    throw error;
  }
}
