// Renders everything in generated/ from openapi.yaml; shared by `generate` and `check-generated`
// so both always produce byte-identical output:
// - schema.d.ts: openapi-typescript's types of paths, components and operations;
// - operations.d.ts: what openapi-typescript leaves out that code is keyed by (aliases);
// - openapi.json: the spec as JSON, so the server never parses YAML at start.
import { readFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

export const specUrl = new URL("../openapi.yaml", import.meta.url);
const generatedUrl = (name: string) => new URL(`../generated/${name}`, import.meta.url);

const NOTICE =
  "generated from openapi.yaml — do not edit.\n * Regenerate with `npm run generate`; `npm run check-generated` fails when this file is stale.";
const HEADER = `/**\n * ${NOTICE}\n */\n`;

export interface GeneratedFile {
  readonly url: URL;
  readonly text: string;
}

export async function renderGenerated(): Promise<GeneratedFile[]> {
  const yamlText = await readFile(specUrl, "utf8");
  const document = parse(yamlText) as SpecDocument;
  return [
    { url: generatedUrl("schema.d.ts"), text: await renderSchemaTypes(yamlText) },
    { url: generatedUrl("operations.d.ts"), text: renderOperationTypes(document) },
    // An OpenAPI document allows only `x-` extensions at its root; the server drops this one on load.
    { url: generatedUrl("openapi.json"), text: `${JSON.stringify({ "x-generated": NOTICE.replace("\n *", ""), ...document })}\n` },
  ];
}

async function renderSchemaTypes(yamlText: string): Promise<string> {
  // readWriteMarkers: readOnly properties drop out of request bodies and writeOnly ones out of
  // responses in openapi-fetch's types (`Writable` / `Readable`).
  const ast = await openapiTS(yamlText, { readWriteMarkers: true, silent: true });
  return HEADER + astToString(ast);
}

interface SpecDocument {
  paths: Record<string, Record<string, unknown>>;
}

const METHODS = new Set(["get", "put", "post", "delete", "patch"]);

function renderOperationTypes(document: SpecDocument): string {
  const aliases: string[] = [];
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || typeof operation !== "object" || operation === null) continue;
      const { operationId, "x-graph-alias-of": canonical } = operation as { operationId?: string; "x-graph-alias-of"?: string };
      if (operationId && canonical) aliases.push(`    ${operationId}: "${canonical}";`);
    }
  }
  return `${HEADER}/**
 * Operations that serve another operation under an alternative path (\`x-graph-alias-of\`), each
 * with the operationId it is an alias of. Handlers, permissions, throttling and faults are keyed
 * by the canonical operationId.
 */
export interface OperationAliases {
${aliases.sort().join("\n")}
}
`;
}
