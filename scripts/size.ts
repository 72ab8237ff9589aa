// npm run size: the client entry's minified+gzipped size next to @microsoft/microsoft-graph-client's,
// both bundled the same way in the same run. Exits 1 above the target (one fifth of it).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bundle } from "./client-bundle.js";

const TARGET_RATIO = 1 / 5;
const ours = await bundle(fileURLToPath(new URL("../src/index.ts", import.meta.url)));
const theirs = await bundle(createRequire(import.meta.url).resolve("@microsoft/microsoft-graph-client"));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ratio = ours.gzipBytes / theirs.gzipBytes;
console.log("bundle (esbuild, minified, ESM)            min        min+gzip");
console.log(`graph-chat-contract client            ${kb(ours.bytes).padStart(10)}  ${kb(ours.gzipBytes).padStart(10)}`);
console.log(`@microsoft/microsoft-graph-client     ${kb(theirs.bytes).padStart(10)}  ${kb(theirs.gzipBytes).padStart(10)}`);
console.log(`ratio (min+gzip): ${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO.toFixed(3)})`);
if (ratio > TARGET_RATIO) process.exit(1);
