// npx tsx scripts/docs-screenshot.ts — regenerates docs/images/swagger-ui.png, the README's picture
// of /docs: the reference server on a free port, headless Chromium (see DEVELOPERS.md), a demo user
// picked in "Act as", the page's first screen at 1280×800.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { startServer } from "../src/server/listen.js";
import { launchChromium } from "../test/e2e/chromium.js";

const output = new URL("../docs/images/swagger-ui.png", import.meta.url).pathname;

const server = await startServer({ recordRequests: false });
const browser = await launchChromium().catch(async (error: unknown) => {
  await server.close();
  throw error;
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}/docs?user=MeganB@contoso.com`);
  await page.locator("#gcc-status", { hasText: "Signed in as" }).waitFor();
  await page.locator("#operations-chats-createChat").waitFor();
  mkdirSync(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  process.stdout.write(`wrote ${output}\n`);
} finally {
  await browser.close();
  await server.close();
}
