// Opens the built docs page (build/docs/index.html, from `npm run docs`) in Chromium, served
// by a local static server, and checks what a reader relies on: every operation is in the
// navigation, search finds operations, the TypeScript samples render, and the page needs
// nothing from the internet.
import { createServer, type Server } from "node:http";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { OpenAPI3 } from "openapi-typescript";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readWorkflows } from "../../scripts/arazzo.ts";
import { generateCodeSamples, listOperations, type Operation } from "../../scripts/code-samples.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const docsDir = join(root, "build/docs");
const screenshot = join(root, "build/test-artifacts/docs.png");

const spec = JSON.parse(await readFile(join(root, "generated/openapi.json"), "utf8")) as OpenAPI3;
const operations = listOperations(spec);
const samples = generateCodeSamples(spec);
const workflows = readWorkflows(root);

const CONTENT_TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".json": "application/json" };

/** Serves build/docs/ the way a static host would: files only, index.html for directories. */
function serveDocs(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    const file = join(docsDir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      if (!file.startsWith(docsDir + sep)) throw new Error("outside build/docs");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exactly = (text: string) => new RegExp(`^${escapeRegExp(text)}$`);
// Redoc keeps each menu entry's label in `data-text`, without the method badge.
const labelled = (label: string) => `span[data-text=${JSON.stringify(label)}]`;
const menuLabel = (page: Page, label: string) => page.locator(`.menu-content ${labelled(label)}`);
// The heading's accessible name also has its "link to …" anchor, so match the visible text.
const heading = (page: Page, text: string) => page.locator("h2").filter({ hasText: exactly(text) });
/** Code as the reader sees it, compared without trailing spaces and blank-line differences. */
const normalizeCode = (code: string) => code.replace(/[ \t]+$/gm, "").trim();

/**
 * Opens a tag's group in the navigation unless it is open already: a click toggles the group,
 * and Redoc also opens the group of whatever section scrolls into view, so never click blindly.
 */
async function expandTag(page: Page, tag: string) {
  const item = page
    .locator('.menu-content li[data-testid="menu-item-label"]')
    .filter({ has: page.locator(labelled(tag)) })
    .first();
  const open = item.locator('[data-component-name="icons/ChevronDownIcon/ChevronDownIcon"]');
  if ((await open.count()) === 0) await item.click();
  await open.waitFor({ timeout: 5_000 });
}

/** Expands the operation's tag in the navigation and opens the operation; returns its section. */
async function openOperation(page: Page, op: Operation) {
  const tag = op.operation.tags?.[0];
  if (!tag || !op.summary) throw new Error(`${op.operationId} needs a tag and a summary to appear in the navigation.`);
  await expandTag(page, tag);
  const link = page
    .locator(".menu-content a")
    .filter({ has: page.locator(labelled(op.summary)) })
    .first();
  const href = await link.getAttribute("href");
  await link.click();
  // Menu links are `#/<tag>/<operation>`; the operation's section carries the same path.
  return page.locator(`[data-section-id=${JSON.stringify(href?.replace(/^#/, ""))}]`);
}

describe("HTML docs in Chromium", () => {
  let server: Server;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const outside: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await readFile(join(docsDir, "index.html")).catch(() => {
      throw new Error("build/docs/index.html is missing: run `npm run docs` first.");
    });
    server = await serveDocs();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    profile = await mkdtemp(join(tmpdir(), "pingone-docs-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  beforeEach(async () => {
    page = await context.newPage();
    // blob: URLs are the page's own workers; anything else must come from the local server.
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !/^(?:blob|data):/.test(url)) outside.push(url);
    });
    page.on("requestfailed", (request) =>
      consoleErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
    );
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
    await page.goto(base, { waitUntil: "networkidle" });
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  // Opening a tag's group costs Redoc about half a second of re-rendering at ~80 tags and
  // ~370 operations, so this test takes most of a minute: more time than the file's default,
  // which is there to stop a hang, not to time the docs.
  it("lists every operation in the navigation", { timeout: 180_000 }, async () => {
    const tags = [...new Set(operations.flatMap((op) => op.operation.tags ?? []))];
    const missing: string[] = [];
    for (const tag of tags) {
      const labels = operations.filter((o) => o.operation.tags?.includes(tag)).map((op) => op.summary ?? op.operationId);
      // Once per tag: nothing here scrolls or clicks, so the group stays open while its entries
      // are read, all in one round trip once the first has rendered.
      await expandTag(page, tag);
      await menuLabel(page, labels[0]!)
        .first()
        .waitFor({ state: "visible", timeout: 5_000 })
        .catch(() => {});
      const shown = new Set(
        await page
          .locator(".menu-content span[data-text]")
          .evaluateAll((spans) => spans.filter((s) => s.checkVisibility()).map((s) => s.getAttribute("data-text"))),
      );
      for (const label of labels) if (!shown.has(label)) missing.push(`${tag} › ${label}`);
    }
    expect(tags.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("finds an operation by its summary in the search box", async () => {
    const op = operations.at(-1)!;
    await page.getByTestId("search-trigger").click();
    await page.getByTestId("search-dialog").locator("input").fill(op.summary!);
    const first = page.locator('[data-component-name="Search/SearchItem"]').first();
    await first.getByText(op.summary!, { exact: true }).waitFor({ timeout: 10_000 });
    await first.click();
    await heading(page, op.summary!).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/.+/${escapeRegExp(op.operationId.toLowerCase())}$`));
  });

  it("renders the TypeScript sample of an operation, with curl one click away", async () => {
    const op = operations.find((o) => o.operation.requestBody) ?? operations[0]!;
    const expected = samples.get(op.operationId)!;
    const panel = (await openOperation(page, op)).locator(".panel-request-samples");
    const code = panel.locator('[data-component-name="CodeBlock/CodeBlock"]');

    // The language switcher is a menu button named after the language shown, TypeScript first.
    const language = (name: string) => panel.getByRole("button", { name, exact: true });
    await language("TypeScript (pingone-client)").waitFor();
    expect(normalizeCode(await code.innerText())).toBe(normalizeCode(expected.typescript));
    await mkdir(join(root, "build/test-artifacts"), { recursive: true });
    await page.screenshot({ path: screenshot });

    await language("TypeScript (pingone-client)").click();
    await page.getByRole("menuitem", { name: "curl", exact: true }).click();
    await language("curl").waitFor();
    expect(normalizeCode(await code.innerText())).toBe(normalizeCode(expected.curl));
  });

  it("shows the Arazzo workflows as guides whose steps link to their operations", async () => {
    await menuLabel(page, "Workflows").first().click();
    const section = page.locator("h2").filter({ hasText: exactly("Workflows") });
    await section.waitFor();
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows)
      await page
        .locator("h3")
        .filter({ hasText: exactly(workflow.title) })
        .waitFor();
    // Each guide is one ordered list: every step in the document's order, named by its stepId.
    const guides = await page
      .locator('ol:has(a[href^="#operation/"])')
      .evaluateAll((lists) =>
        lists.map((ol) => [...ol.querySelectorAll(":scope > li > strong")].map((s) => s.textContent)),
      );
    expect(guides).toEqual(workflows.map((w) => w.steps.map((s) => s.stepId)));
    // Every link lands on its operation: Redoc's `#operation/<id>` anchor opens its section.
    const ids = [...new Set(workflows.flatMap((w) => w.steps.map((s) => s.operationId)))];
    for (const operationId of ids) {
      const op = operations.find((o) => o.operationId === operationId)!;
      await page.locator(`a[href="#operation/${operationId}"]`).first().click();
      await page.waitForURL(new RegExp(`#/.+/${escapeRegExp(operationId.toLowerCase())}$`), { timeout: 10_000 });
      const target = heading(page, op.summary!).first();
      await target.waitFor({ state: "visible", timeout: 5_000 });
      const box = await target.boundingBox();
      expect(box && box.y >= 0 && box.y < 1000, `${operationId}'s heading is in view`).toBe(true);
    }
  });

  // Last, so it covers every page the tests above opened as well as a fresh load.
  it("loads nothing from outside the local server and logs no errors", async () => {
    await page.mouse.wheel(0, 100_000);
    await page.waitForLoadState("networkidle");
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
