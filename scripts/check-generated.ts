// npm run check-generated [-- --dir path]: exits 1 when any file in generated/ (or the given
// directory) differs from what openapi.yaml produces, so hand edits and forgotten regenerations
// fail CI.
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { renderGenerated } from "./render-types.js";

const { values } = parseArgs({ options: { dir: { type: "string" } } });
let stale = 0;
for (const { url, text } of await renderGenerated()) {
  const path = values.dir === undefined ? fileURLToPath(url) : join(values.dir, basename(fileURLToPath(url)));
  const actual = await readFile(path, "utf8").catch(() => "");
  if (actual === text) {
    console.log(`${path} is up to date with openapi.yaml`);
  } else {
    console.error(`${path} is stale or edited by hand: run \`npm run generate\` and commit the result.`);
    stale++;
  }
}
if (stale > 0) process.exit(1);
