// Debian's Chromium for the browser tests, through playwright-core (which never downloads a
// browser). DEVELOPERS.md explains the flags and how to install Chromium.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { enableCommand } from "../prerequisites/decide.js";
import { currentSituation } from "../prerequisites/situation.js";
import { CHROMIUM_PATH, prerequisite } from "../prerequisites/table.js";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Launches headless Chromium; throws saying how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install it with: ${enableCommand(prerequisite("chromium"), currentSituation())}\n` +
        `or point CHROMIUM_PATH at another Chromium or Chrome binary.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}
