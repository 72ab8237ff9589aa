// npm run check-generated [-- --file path]: exits 1 when the generated types differ from what
// openapi.yaml produces, so hand edits and forgotten regenerations fail CI.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { renderSchemaTypes, typesUrl } from "./render-types.js";

const { values } = parseArgs({ options: { file: { type: "string", default: fileURLToPath(typesUrl) } } });
const expected = await renderSchemaTypes();
const actual = await readFile(values.file, "utf8").catch(() => "");
if (actual !== expected) {
  console.error(`${values.file} is stale or edited by hand: run \`npm run generate\` and commit the result.`);
  process.exit(1);
}
console.log(`${values.file} is up to date with openapi.yaml`);
