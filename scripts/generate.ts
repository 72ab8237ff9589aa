// npm run generate: openapi.yaml → generated/ (schema.d.ts, operations.d.ts, openapi.json)
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { renderGenerated } from "./render-types.js";

for (const { url, text } of await renderGenerated()) {
  await writeFile(url, text);
  console.log(`wrote ${fileURLToPath(url)}`);
}
