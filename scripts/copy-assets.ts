// Part of `npm run build`: tsc emits only what it compiles, but some files are read as they are at
// run time, so they are copied beside the compiled server, where the code finds them in dist/ too:
// the /docs page's browser files (src/server/docs/browser/*.js, *.css) and the database's schema
// migrations (src/server/store/postgres/migrations/*.sql).
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ASSETS: readonly { folder: string; files: RegExp }[] = [
  // Only what the page loads: the folder's swagger-ui.d.ts and tsconfig.json are for its type check.
  { folder: "server/docs/browser/", files: /\.(?:js|css)$/ },
  { folder: "server/store/postgres/migrations/", files: /\.sql$/ },
];

for (const { folder, files } of ASSETS) {
  const from = fileURLToPath(new URL(`../src/${folder}`, import.meta.url));
  const to = fileURLToPath(new URL(`../dist/${folder}`, import.meta.url));
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).filter((file) => files.test(file))) copyFileSync(`${from}${name}`, `${to}${name}`);
}
