// Part of `npm run build`: tsc emits only what it compiles, but the /docs page's browser files
// (src/server/docs/browser/*.js, *.css) are served as they are, so they are copied beside the
// compiled server, where src/server/docs/browser-files.ts finds them in dist/ too.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../src/server/docs/browser/", import.meta.url));
const to = fileURLToPath(new URL("../dist/server/docs/browser/", import.meta.url));

mkdirSync(to, { recursive: true });
// Only what the page loads: the folder's swagger-ui.d.ts and tsconfig.json are for its type check.
for (const name of readdirSync(from).filter((file) => /\.(?:js|css)$/.test(file))) copyFileSync(`${from}${name}`, `${to}${name}`);
