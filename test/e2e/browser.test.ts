// Swagger UI at /docs in real headless Chromium, as a newcomer uses it: pick a demo user, create a
// chat with the documentation's Example 2, read it back by id — no terminal, no pasted token.
// Each step's screenshot goes to test-artifacts/browser/ (gitignored). DEVELOPERS.md has the how.
// Without Chromium the file is skipped (or fails under REQUIRE_ALL_TESTS=1): test/prerequisites/.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/server/index.js";
import { describeWith } from "../prerequisites/jest.js";
import { launchChromium } from "./chromium.js";

const ARTIFACTS = join(new URL("../../test-artifacts/browser/", import.meta.url).pathname);
const STEP_TIMEOUT_MS = 15_000;
const GROUP_CHAT_ID = /"id": "(19:[0-9a-f]{32}@thread\.v2)"/;

let server: RunningServer | undefined;
let browser: Browser | undefined;

/** A fresh browser profile (no saved authorization), what went wrong on its pages and what they requested. */
async function openDocs(path = "/docs"): Promise<{ context: BrowserContext; page: Page; problems: string[]; requested: string[] }> {
  if (!server || !browser) throw new Error("the server or the browser did not start (see beforeAll)");
  const { url } = server;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  const requested: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Content-Security-Policy violations are reported on the console.
  page.on("console", (message) => {
    if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    requested.push(new URL(request.url()).pathname);
    if (!request.url().startsWith(`${url}/`) && !request.url().startsWith("data:")) problems.push(`left the server: ${request.url()}`);
  });
  const response = await page.goto(`${url}${path}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self';/);
  await page.locator("#operations-chats-createChat").waitFor();
  return { context, page, problems, requested };
}

/** Expands an operation (its id is Swagger UI's deep link: operations-{tag}-{operationId}). */
async function openOperation(page: Page, tag: string, operationId: string): Promise<Locator> {
  const operation = page.locator(`#operations-${tag}-${operationId}`);
  await operation.locator(".opblock-summary-control").click();
  await operation.locator(".execute").waitFor();
  return operation;
}

/** Executes the operation ("Try it out" is on) and returns the status and body shown. */
async function execute(operation: Locator): Promise<{ status: string; body: string; requestUrl: string }> {
  await operation.locator(".execute").click();
  const response = operation.locator(".live-responses-table tbody tr.response").first();
  await response.waitFor();
  await response.scrollIntoViewIfNeeded();
  return {
    status: ((await response.locator(".response-col_status").textContent()) ?? "").trim(),
    body: (await response.locator(".response-col_description").textContent()) ?? "",
    requestUrl: (await operation.locator(".request-url").textContent()) ?? "",
  };
}

describeWith("chromium")("Swagger UI at /docs", () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer({ recordRequests: false });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lets a newcomer act as a demo user, create a chat with Example 2 and read it back", async () => {
    const { context, page, problems } = await openDocs();
    try {
      // 1. The page, with the demo users to act as.
      const picker = page.locator("#gcc-user");
      await picker.waitFor();
      await page.screenshot({ path: join(ARTIFACTS, "1-docs.png") });

      // 2. Act as Megan Bowen, a member of Example 2's chat.
      await picker.selectOption("MeganB@contoso.com");
      await page.locator("#gcc-status", { hasText: "Signed in as Megan Bowen" }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, "2-signed-in.png") });

      // 3. POST /chats with "Example 2: Create a group chat" from the examples drop-down.
      const create = await openOperation(page, "chats", "createChat");
      await create
        .locator(".opblock-section-request-body select.examples-select-element")
        .selectOption({ label: "Example 2: Create a group chat" });
      expect(await create.locator("textarea.body-param__text").inputValue()).toContain('"topic": "Group chat title"');
      const created = await execute(create);
      await page.screenshot({ path: join(ARTIFACTS, "3-create-chat-201.png") });
      expect(created.status).toBe("201");
      const chatId = GROUP_CHAT_ID.exec(created.body)?.[1];
      expect(chatId).toBeDefined();

      // 4. GET /chats/{chatId} with that id: `:` and `@` go out percent-encoded.
      const get = await openOperation(page, "chats", "getChat");
      await get.locator('tr[data-param-name="chatId"] input').fill(chatId ?? "");
      const read = await execute(get);
      await page.screenshot({ path: join(ARTIFACTS, "4-get-chat-200.png") });
      expect(read.status).toBe("200");
      expect(read.body).toContain(`"id": "${chatId}"`);
      expect(read.body).toContain('"topic": "Group chat title"');
      expect(read.requestUrl).toContain(`/v1.0/chats/${encodeURIComponent(chatId ?? "")}`);

      // 5. A reload keeps Megan signed in: Swagger UI restores the token, the page mints a fresh one.
      const refreshed = page.waitForResponse((response) => response.url().includes("/docs/dev-token?"));
      await page.reload();
      const { token } = (await (await refreshed).json()) as { token: string };
      await page.locator("#gcc-status", { hasText: "Signed in as Megan Bowen" }).waitFor();
      expect(await page.evaluate(() => window.localStorage.getItem("authorized"))).toContain(token);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("still accepts a pasted token in the Authorize dialog, shows errors in Graph's envelope, and keeps the token", async () => {
    const { context, page, problems, requested } = await openDocs();
    try {
      const token = await server!.token("alex@contoso.com", "Chat.Read");
      await page.locator(".auth-wrapper .authorize").click();
      const dialog = page.locator(".modal-ux");
      await dialog.locator("input").fill(token);
      await dialog.locator(".auth-btn-wrapper .authorize").click();
      await dialog.locator(".auth-btn-wrapper .btn-done").click();
      await page.locator("#gcc-status", { hasText: "Authorized with a pasted token" }).waitFor();

      const get = await openOperation(page, "chats", "getChat");
      await get.locator('tr[data-param-name="chatId"] input').fill("19:00000000000000000000000000000000@thread.v2");
      const missing = await execute(get);
      await page.screenshot({ path: join(ARTIFACTS, "5-pasted-token-404.png") });
      expect(missing.status).toBe("404");
      expect(missing.body).toMatch(/"code": "NotFound"[\s\S]*"request-id": "[0-9a-f-]{36}"/);

      // A reload keeps the pasted token as it is: the page mints none in its place.
      await page.reload();
      await page.locator("#operations-chats-createChat").waitFor();
      await page.locator("#gcc-status", { hasText: "Authorized with a pasted token" }).waitFor();
      expect(await page.evaluate(() => window.localStorage.getItem("authorized"))).toContain(token);
      expect(requested.filter((path) => path === "/docs/dev-token")).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
