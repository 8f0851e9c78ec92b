// Shared browser-test harness: one production build, one Next server and one Chromium for all
// browser test files (they run in one process: `node --test --experimental-test-isolation=none`).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach } from "node:test";

import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";

import { type RunningApp, startNextServer } from "../../scripts/lib/next-server.ts";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const RESULTS_DIR = "test-results";

let browserPromise: Promise<Browser> | undefined;
let appPromise: Promise<RunningApp> | undefined;

/** The one Chromium of this run, launched on first use (Playwright gives it a fresh empty profile). */
export function sharedBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return browserPromise;
}

/** The one `next start` of this run (the build must exist), started on a free port on first use. */
export function sharedApp(env: Record<string, string> = {}): Promise<RunningApp> {
  appPromise ??= startNextServer({ env });
  return appPromise;
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
}

/** A fresh context and page; console errors and page crashes are collected for assertions. */
export async function openPage(
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Saves a screenshot of `page` under test-results/ (kept as a CI artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, "_")}.png`), fullPage: true });
}

/** Call in a test file: screenshots every page of a failed test into test-results/. */
export function screenshotFailures(pages: () => Page[]): void {
  afterEach(async (context) => {
    const test = context as unknown as { name: string; passed?: boolean };
    if (test.passed === false) {
      for (const [index, page] of pages().entries()) {
        if (!page.isClosed()) await saveScreenshot(page, `FAILED-${test.name}-${index}`);
      }
    }
  });
}

after(async () => {
  const app = await appPromise?.catch(() => undefined);
  await app?.stop();
  const browser = await browserPromise?.catch(() => undefined);
  await browser?.close();
});
