// The page's own script and stylesheet, served as the files they are (browser/): the same files
// whether the server runs from src/ (tsx) or from dist/, where `npm run build` copies them.
import { fileURLToPath } from "node:url";
import type { RequestHandler } from "express";

const BROWSER_DIR = fileURLToPath(new URL("./browser/", import.meta.url));

/** The files under browser/ that the page loads; the folder also holds their type-check setup. */
export const BROWSER_FILES = ["docs.js", "docs.css"] as const;

/** GET one of {@link BROWSER_FILES}, with the ETag and Last-Modified that make a reload a 304. */
export function browserFile(name: (typeof BROWSER_FILES)[number]): RequestHandler {
  return (_req, res) => res.sendFile(name, { root: BROWSER_DIR });
}
