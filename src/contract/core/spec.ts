// The contract as data: operations (method, path, documented responses), request schemas and
// compiled response validators, all read from openapi.yaml so the suite follows the spec.
import { readFileSync } from "node:fs";
import addFormatsModule from "ajv-formats";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";

/** A JSON Schema node of the spec (loosely typed: the spec is data). */
export type Schema = { [key: string]: unknown };

export interface Operation {
  operationId: string;
  /** The operation whose rules this one follows: itself, or for an alias its `x-graph-alias-of`. */
  canonical: string;
  method: string;
  /** The spec's path template, e.g. `/chats/{chatId}`. */
  path: string;
  /** Documented statuses, e.g. `["201", "400", ...]`. */
  statuses: string[];
  /** Documented statuses whose answer has no body (a 204, or e.g. updateChatMessage's 200). */
  bodiless: string[];
  /** Query parameters by name. */
  query: Map<string, Schema>;
  requestBody: Schema | undefined;
  /** `x-permissions`: delegated scopes and application roles, any one of which suffices. */
  permissions: { delegated: string[]; application: string[] };
  /** The base paths the operation is served under when its path narrows them (`servers`), e.g. `["/beta"]`. */
  bases?: string[];
}

interface Document {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

const SPEC_URL = new URL("../../../openapi.yaml", import.meta.url);
const SPEC_ID = "https://graph-chat-contract.local/openapi.json";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// ajv-formats is CommonJS; under NodeNext its default import is the module object.
type FormatsPlugin = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ?? addFormatsModule) as unknown as FormatsPlugin;

/** The loaded contract. */
export class Spec {
  readonly operations = new Map<string, Operation>();
  private readonly document: Document;
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction | null>();

  constructor(yamlText: string = readFileSync(SPEC_URL, "utf8")) {
    this.document = parse(yamlText) as Document;
    for (const [path, item] of Object.entries(this.document.paths)) {
      const shared = (item.parameters as Schema[] | undefined) ?? [];
      const servers = item.servers as { url?: unknown }[] | undefined;
      const bases = servers?.map((s) => String(s.url));
      for (const method of METHODS) {
        const op = item[method] as Schema | undefined;
        if (!op) continue;
        const query = new Map<string, Schema>();
        for (const p of [...shared, ...((op.parameters as Schema[] | undefined) ?? [])].map((p) => this.resolve(p))) {
          if (p.in === "query") query.set(String(p.name), this.resolve(p.schema as Schema));
        }
        const body = op.requestBody ? this.resolve(op.requestBody as Schema) : undefined;
        const content = body?.content as Record<string, Schema> | undefined;
        this.operations.set(String(op.operationId), {
          operationId: String(op.operationId),
          canonical: String(op["x-graph-alias-of"] ?? op.operationId),
          method: method.toUpperCase(),
          path,
          statuses: Object.keys(op.responses as Schema),
          bodiless: Object.entries(op.responses as Record<string, Schema>)
            .filter(([, response]) => this.resolve(response).content === undefined)
            .map(([status]) => status),
          query,
          requestBody: content?.["application/json"]?.schema as Schema | undefined,
          permissions: { delegated: [], application: [], ...(op["x-permissions"] as object | undefined) },
          ...(bases && { bases }),
        });
      }
    }
    // An alias has its canonical operation's permissions (it repeats none of its own).
    for (const op of this.operations.values()) {
      const canonical = this.operations.get(op.canonical);
      if (canonical && canonical !== op) op.permissions = canonical.permissions;
    }
    this.ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(this.ajv);
    // Responses never carry write-only properties, so `required` must not demand them there.
    this.ajv.addSchema({ $id: SPEC_ID, components: { schemas: dropWriteOnlyRequired(this.document.components.schemas ?? {}) } });
  }

  operation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`no operation ${operationId} in openapi.yaml`);
    return op;
  }

  /** The methods a path supports, upper case. */
  methodsOf(path: string): string[] {
    return [...this.operations.values()].filter((o) => o.path === path).map((o) => o.method);
  }

  /** Follows `$ref`s within the document. */
  resolve(node: Schema): Schema {
    let current = node;
    for (let hops = 0; typeof current.$ref === "string"; hops++) {
      if (hops > 20) throw new Error(`$ref loop at ${String(current.$ref)}`);
      current = pointer(this.document, current.$ref);
    }
    return current;
  }

  /**
   * The validator of a documented response body, `null` when the response has no JSON body
   * (e.g. 204). Throws for an undocumented status.
   */
  responseValidator(operationId: string, status: string): ValidateFunction | null {
    const key = `${operationId} ${status}`;
    if (!this.validators.has(key)) {
      const schema = this.responseContent(operationId, status)["application/json"]?.schema as Schema | undefined;
      this.validators.set(key, schema ? this.ajv.compile(rebase(schema) as Schema) : null);
    }
    return this.validators.get(key) ?? null;
  }

  /**
   * The validator of a schema of `components/schemas`, for bodies that are no operation's response:
   * what a webhook receives (`changeNotificationCollection`). Throws for an unknown name.
   */
  schemaValidator(name: string): ValidateFunction {
    const key = `#/components/schemas/${name}`;
    let validate = this.validators.get(key);
    if (!validate) {
      if (!this.document.components.schemas?.[name]) throw new Error(`no schema ${name} in openapi.yaml`);
      validate = this.ajv.compile({ $ref: SPEC_ID + key });
      this.validators.set(key, validate);
    }
    return validate;
  }

  /**
   * The media types (or ranges, e.g. `image/*`) a documented response's body may have: none for a
   * response without a body (204). Throws for an undocumented status.
   */
  responseMediaTypes(operationId: string, status: string): string[] {
    return Object.keys(this.responseContent(operationId, status));
  }

  private responseContent(operationId: string, status: string): Record<string, Schema> {
    const op = this.operation(operationId);
    const raw = (this.document.paths[op.path]?.[op.method.toLowerCase()] as Schema).responses as Record<string, Schema>;
    const response = raw[status];
    if (!response) throw new Error(`${status} is not documented for ${operationId}`);
    return (this.resolve(response).content as Record<string, Schema> | undefined) ?? {};
  }
}

function pointer(document: unknown, ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`external $ref ${ref} not supported`);
  let node: unknown = document;
  for (const part of ref.slice(2).split("/")) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return node as Schema;
}

/** Points a response schema's local `$ref`s at the document registered with Ajv. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" && v.startsWith("#") ? SPEC_ID + v : rebase(v)]),
  );
}

function dropWriteOnlyRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropWriteOnlyRequired);
  if (node === null || typeof node !== "object") return node;
  const copy: Schema = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, dropWriteOnlyRequired(v)]));
  const props = copy.properties as Record<string, Schema> | undefined;
  if (Array.isArray(copy.required) && props) copy.required = copy.required.filter((name) => props[String(name)]?.writeOnly !== true);
  return copy;
}

let shared: Spec | undefined;
/** The package's own openapi.yaml, loaded once. */
export function loadContract(): Spec {
  shared ??= new Spec();
  return shared;
}
