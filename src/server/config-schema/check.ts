// Configuration input — fault settings, throttling limits, the directory, seed chats, the admin
// API's bodies — is checked against one JSON Schema per shape, kept in the room that owns the
// shape. One Ajv serves them all, and each schema is compiled on first use, once per process.
import { Ajv, type JSONSchemaType, type ValidateFunction } from "ajv";
import { describeErrors, KEY_NOUN } from "./message.js";

/** Configuration that does not fit its shape; the message names the source and the field. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * The JSON Schema of the configuration shape `T`, which ajv's JSONSchemaType checks against `T`
 * (property names, types, enums, nesting). JSONSchemaType wants `nullable: true` on every
 * optional property, and that keyword lets `null` through where `T` says "absent"; so the schema
 * is checked against `T` with every property present. The cost: the type no longer catches an
 * optional property listed in `required` (it never caught a required one left out of it).
 */
export type ConfigSchema<T> = JSONSchemaType<Present<T>>;

type Present<T> = T extends readonly (infer E)[]
  ? Present<E>[]
  : T extends object
    ? { [K in keyof T]-?: Present<Exclude<T[K], undefined>> }
    : T;

let shared: Ajv | undefined;

function ajv(): Ajv {
  // strict: a typo in a schema fails when it is compiled instead of checking nothing.
  // verbose: messages quote the value that failed and the schema's description of the field.
  shared ??= new Ajv({ strict: true, verbose: true }).addKeyword(KEY_NOUN);
  return shared;
}

/**
 * A check of untrusted data (parsed JSON, a JavaScript caller's object) against `schema`: returns
 * the data as `T`, or throws `toError("<source>: <field> must be …, got …")`.
 */
export function configCheck<T>(schema: ConfigSchema<T>, toError: (message: string) => Error): (data: unknown, source: string) => T {
  let validate: ValidateFunction | undefined;
  return (data, source) => {
    validate ??= ajv().compile(schema);
    if (validate(data)) return data as T;
    throw toError(`${source}: ${describeErrors(validate.errors ?? [], data)}`);
  };
}
