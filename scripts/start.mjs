// `npm start`: the reference server from the compiled dist/ when it is current, else from src/
// through tsx. Compiling TypeScript at every start costs about half a second (tsx transforms each
// of the server's ~200 modules as they load), and `npm install` builds dist/ (prepare), so a fresh
// checkout starts from dist/, while after an edit to src/ the server still runs what was edited.
import process from "node:process";
import { URL } from "node:url";
import { distIsCurrent } from "./dist-current.mjs";

const root = new URL("../", import.meta.url);

if (distIsCurrent()) {
  await import(new URL("dist/server/main.js", root).href);
} else {
  process.stderr.write("graph-chat-contract: src/ changed since the last build; running it through tsx (npm run build starts faster)\n");
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("src/server/main.ts", root).href);
}
