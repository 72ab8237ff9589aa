// npm run generate: openapi.yaml → generated/schema.d.ts
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { renderSchemaTypes, typesUrl } from "./render-types.js";

await writeFile(typesUrl, await renderSchemaTypes());
console.log(`wrote ${fileURLToPath(typesUrl)}`);
