// Renders generated/schema.d.ts from openapi.yaml; shared by `generate` and `check-generated`
// so both always produce byte-identical output.
import { readFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

export const specUrl = new URL("../openapi.yaml", import.meta.url);
export const typesUrl = new URL("../generated/schema.d.ts", import.meta.url);

const HEADER = `/**
 * generated from openapi.yaml — do not edit.
 * Regenerate with \`npm run generate\`; \`npm run check-generated\` fails when this file is stale.
 */
`;

export async function renderSchemaTypes(): Promise<string> {
  const yamlText = await readFile(specUrl, "utf8");
  // readWriteMarkers: readOnly properties drop out of request bodies and writeOnly ones out of
  // responses in openapi-fetch's types (`Writable` / `Readable`).
  const ast = await openapiTS(yamlText, { readWriteMarkers: true, silent: true });
  return HEADER + astToString(ast);
}
