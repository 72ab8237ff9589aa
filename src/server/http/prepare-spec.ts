// The validator's schema preprocessing (readOnly/writeOnly, discriminators, serialisation hooks,
// the response copy of the document), with one start-up cost removed: to follow a `$ref` it asks
// ajv for the schema, and ajv compiles the referenced component to answer — every component
// schema of the contract, compiled at start only to be handed back as the object it already is.
// Local references are followed here instead: the JSON pointer names the same object in the same
// document, so what the preprocessor sees (and changes) is unchanged.
import { at, pointerSegments } from "./compiled-schemas.js";
import type { validatorInternals } from "./validator-internals.js";

type Internals = ReturnType<typeof validatorInternals>;

/** Runs the validator's preprocessor over `apiDoc` (changing it) and returns the response copy. */
export function preprocess(internals: Internals, apiDoc: object, ajvOptions: object, responseOptions: object | false): object {
  const preprocessor = new internals.SchemaPreprocessor(apiDoc, ajvOptions, responseOptions);
  const viaAjv = preprocessor.resolveSchema.bind(preprocessor);
  preprocessor.resolveSchema = (schema: unknown) => {
    const ref = typeof schema === "object" && schema !== null ? (schema as { $ref?: unknown }).$ref : undefined;
    if (typeof ref !== "string" || !ref.startsWith("#/")) return viaAjv(schema);
    const segments = pointerSegments(ref);
    const target = segments && at(apiDoc, segments);
    return target === undefined ? viaAjv(schema) : target;
  };
  const { apiDocRes } = preprocessor.preProcess();
  if (!apiDocRes) throw new Error("express-openapi-validator made no response copy of the document");
  return apiDocRes;
}
