// npm run check-generated: exits 1 when generated/schema.d.ts differs from what openapi.yaml
// produces, so hand edits and forgotten regenerations fail CI.
import { readFile } from "node:fs/promises";
import { renderSchemaTypes, typesUrl } from "./render-types.js";

const expected = await renderSchemaTypes();
const actual = await readFile(typesUrl, "utf8").catch(() => "");
if (actual !== expected) {
  console.error("generated/schema.d.ts is stale: run `npm run generate` and commit the result.");
  process.exit(1);
}
console.log("generated/schema.d.ts is up to date with openapi.yaml");
