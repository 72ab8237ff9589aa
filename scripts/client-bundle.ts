// Bundles an entry the way an application's bundler would (esbuild, minified, ESM, browser
// platform) and measures it: shared by `npm run size` and the test that keeps server code out
// of the client entry.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export interface BundleReport {
  bytes: number;
  gzipBytes: number;
  /** Every module the bundle pulled in, relative to the project root. */
  inputs: string[];
}

export async function bundle(entry: string): Promise<BundleReport> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength, inputs: Object.keys(result.metafile.inputs) };
}
