// Whether dist/ holds a build of the current src/: scripts/start.mjs runs dist/ only then, and the
// bench says which one `npm start` measured. Plain JavaScript, so npm start compiles nothing to ask.
import { readdirSync, statSync } from "node:fs";
import { URL } from "node:url";

const root = new URL("../", import.meta.url);

/** dist/server/main.js exists and was built after every file under src/ last changed (a few ms of stats). */
export function distIsCurrent() {
  let builtAt;
  try {
    builtAt = statSync(new URL("dist/server/main.js", root)).mtimeMs;
  } catch {
    return false;
  }
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = `${dir}/${entry.name}`;
      return entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > builtAt;
    });
  return !newer(new URL("src", root).pathname);
}
