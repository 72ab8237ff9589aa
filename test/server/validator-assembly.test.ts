// The server assembles express-openapi-validator's stages itself (http/validator.ts) and replaces
// three of its costs: the route scan, the per-compile walk of the whole document, and ajv compiles
// made only to follow a $ref. These tests pin that each replacement gives what the validator's own
// code gives, against the validator's own code, on the whole contract.
import { createRequire } from "node:module";
import type { Request, RequestHandler, Response } from "express";
import express from "express";
import { reachablePart, shareCompiledSchemas } from "../../src/server/http/compiled-schemas.js";
import { preprocess } from "../../src/server/http/prepare-spec.js";
import { routeIndex } from "../../src/server/http/route-index.js";
import { SUPPORTED_VERSION, validatorInternals, type ValidatorContext } from "../../src/server/http/validator-internals.js";
import { specDocumentCopy } from "../../src/server/spec.js";

const fromValidator = createRequire(createRequire(import.meta.url).resolve("express-openapi-validator"));
const internals = validatorInternals();
const OPTIONS = { apiSpec: {}, validateRequests: true, validateResponses: true, validateSecurity: false, fileUploader: false };

async function loaded(): Promise<{ context: ValidatorContext; responseDoc: object }> {
  const validator = new internals.OpenApiValidator({ ...OPTIONS });
  const spec = await new internals.OpenApiSpecLoader({ apiDoc: specDocumentCopy(), validateApiSpec: false }).load();
  const responseDoc = preprocess(internals, spec.apiDoc, validator.ajvOpts.preprocessor, validator.options.validateResponses);
  return { context: new internals.OpenApiContext(spec, undefined, false, false), responseDoc };
}

describe("express-openapi-validator internals", () => {
  it("are read from the version they were written against", () => {
    expect(internals.version).toBe(SUPPORTED_VERSION);
    expect((fromValidator("../package.json") as { version: string }).version).toBe(SUPPORTED_VERSION);
  });

  it("need no bundling: json-schema-ref-parser returns the contract unchanged", async () => {
    const parser = fromValidator("@apidevtools/json-schema-ref-parser") as { bundle(doc: object): Promise<object> };
    expect(await parser.bundle(specDocumentCopy())).toEqual(specDocumentCopy());
  });

  it("pass the OpenAPI schema check the server no longer runs at start", async () => {
    await expect(new internals.OpenApiSpecLoader({ apiDoc: specDocumentCopy(), validateApiSpec: true }).load()).resolves.toBeDefined();
  });
});

describe("preprocess", () => {
  it("changes the document exactly as the validator's own preprocessing does", async () => {
    const validator = new internals.OpenApiValidator({ ...OPTIONS });
    const ours = specDocumentCopy();
    const theirs = specDocumentCopy();
    const ourResponses = preprocess(internals, ours, validator.ajvOpts.preprocessor, validator.options.validateResponses);
    const theirResponses = new internals.SchemaPreprocessor(
      theirs,
      validator.ajvOpts.preprocessor,
      validator.options.validateResponses,
    ).preProcess().apiDocRes;
    expect(comparable(ours)).toEqual(comparable(theirs));
    expect(comparable(ourResponses)).toEqual(comparable(theirResponses));
  });
});

describe("routeIndex", () => {
  type Outcome = { openapi: unknown; params: unknown } | { status: number; message: string; headers?: unknown };
  const run = (middleware: RequestHandler, app: express.Express, method: string, url: string): Outcome => {
    const [path = ""] = url.split("?");
    const req = { method, originalUrl: url, url, path, baseUrl: "", app, params: {} } as unknown as Request & { openapi?: unknown };
    try {
      void middleware(req, {} as Response, () => undefined);
      return { openapi: req.openapi, params: req.params };
    } catch (error) {
      const { status, message, headers } = error as { status: number; message: string; headers?: unknown };
      return { status, message, headers };
    }
  };

  it("resolves every route, method and odd path as the validator's own lookup does", async () => {
    const { context, responseDoc } = await loaded();
    const theirs = (
      fromValidator("./middlewares/openapi.metadata.js") as { applyOpenApiMetadata(c: object, r: object): RequestHandler }
    ).applyOpenApiMetadata(context, responseDoc);
    const ours = routeIndex(internals, context, responseDoc);
    const urls = context.routes.flatMap((r) => {
      const filled = r.expressRoute.replace(/:(\w+)/g, (_m, name: string) => `${name}%3Aa%40thread.v2`);
      return [filled, `${filled}/`, `${filled}?$top=5`, `${filled}/extra`, filled.toUpperCase()];
    });
    urls.push("/v1.0", "/v1.0/", "/beta/nothing", "/v1.0//chats", "/v1.0/chats/%E0%A4%A", "/elsewhere", "/v2/chats");
    const apps = [express(), express()];
    apps[1]?.enable("strict routing").enable("case sensitive routing");
    let compared = 0;
    for (const app of apps)
      for (const url of urls)
        for (const method of ["GET", "POST", "PATCH", "DELETE", "PUT", "HEAD"]) {
          expect([method, url, run(ours, app, method, url)]).toEqual([method, url, run(theirs, app, method, url)]);
          compared++;
        }
    expect(compared).toBeGreaterThan(5000);
  });
});

describe("shareCompiledSchemas", () => {
  type UseAjvCache = (ajv: object, schema: object, key: string) => (data: unknown) => boolean;
  // Read at each call, as the validator reads it: shareCompiledSchemas replaces it on the module.
  const useAjvCache: UseAjvCache = (ajv, schema, key) =>
    (fromValidator("./middlewares/util.js") as { useAjvCache: UseAjvCache }).useAjvCache(ajv, schema, key);
  const newAjv = () => {
    const Ajv = (fromValidator("ajv/dist/2020") as { default: new (options: object) => object }).default;
    return new Ajv({ strict: false });
  };
  const components = { schemas: { name: { type: "string", maxLength: 3 }, unused: { type: "number" } } };

  it("compiles an identical schema once, however many keys it is added under", () => {
    shareCompiledSchemas();
    const ajv = newAjv();
    const schema = () => ({ type: "object", properties: { response: { $ref: "#/components/schemas/name" } }, components });
    const first = useAjvCache(ajv, schema(), "GET-/v1.0/x-200");
    expect(useAjvCache(ajv, schema(), "GET-/beta/x-200")).toBe(first);
    expect(first({ response: "abc" })).toBe(true);
    expect(first({ response: "abcd" })).toBe(false);
  });

  it("compiles afresh when the schema or the document it refers into differs", () => {
    shareCompiledSchemas();
    const ajv = newAjv();
    const a = useAjvCache(ajv, { type: "object", properties: { response: { $ref: "#/components/schemas/name" } }, components }, "a");
    const other = { schemas: { name: { type: "number" } } };
    const b = useAjvCache(ajv, { type: "object", properties: { response: { $ref: "#/components/schemas/name" } }, components: other }, "b");
    expect(b).not.toBe(a);
    expect(b({ response: 1 })).toBe(true);
    expect(a({ response: 1 })).toBe(false);
  });
});

describe("reachablePart", () => {
  it("keeps only what the references reach, as the document's own objects", () => {
    const name = { type: "string" };
    const person = { type: "object", properties: { name: { $ref: "#/components/schemas/name" } } };
    const root = {
      properties: { body: { $ref: "#/components/schemas/person" } },
      components: { schemas: { person, name, other: {} } },
      paths: {},
    };
    const part = reachablePart(root);
    expect(part).toEqual({ properties: root.properties, components: { schemas: { person, name } } });
    expect((part.components as { schemas: Record<string, unknown> }).schemas.person).toBe(person);
  });

  it("places a reference into a reached schema once, inside it", () => {
    const inner = { type: "string" };
    const outer = { type: "object", properties: { inner } };
    const root = {
      allOf: [{ $ref: "#/components/schemas/outer" }, { $ref: "#/components/schemas/outer/properties/inner" }],
      components: { schemas: { outer } },
    };
    expect(reachablePart(root)).toEqual({ allOf: root.allOf, components: { schemas: { outer } } });
  });

  it("returns the root unchanged for ids, anchors and references it cannot follow", () => {
    const withId = { properties: { a: { $ref: "#/components/schemas/a" } }, components: { schemas: { a: { $id: "urn:a" } } } };
    expect(reachablePart(withId)).toBe(withId);
    const external = { properties: { a: { $ref: "other.json#/a" } }, components: {} };
    expect(reachablePart(external)).toBe(external);
    const dangling = { properties: { a: { $ref: "#/components/schemas/missing" } }, components: { schemas: {} } };
    expect(reachablePart(dangling)).toBe(dangling);
  });
});

/** JSON text of a document with functions (the validator's serdes hooks) named by their presence. */
function comparable(document: unknown): unknown {
  return JSON.parse(JSON.stringify(document, (_key, value: unknown) => (typeof value === "function" ? "[function]" : value)));
}
