// Shared browser-test harness: one local chain (deployed and seeded), one production build made
// after the bindings are generated, one Next server and one Chromium for all browser test files
// (they run in one process: `node --test --experimental-test-isolation=none`).
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { after, afterEach, before } from "node:test";

import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/lib/chromium.ts";
import { ensureDappBuild } from "../../scripts/lib/dapp-build.ts";
import { LOCAL_CHAIN_ID } from "../../scripts/lib/demo-accounts.ts";
import { type RunningNode, startHardhatNode } from "../../scripts/lib/hardhat-node.ts";
import { deployFreshLocal } from "../../scripts/lib/local-deploy.ts";
import { type RunningApp, startNextServer } from "../../scripts/lib/next-server.ts";

export const RESULTS_DIR = "test-results";

let browserPromise: Promise<Browser> | undefined;
let stackPromise: Promise<Stack> | undefined;

/** The chain and the dApp serving it; `node` changes when a test restarts the chain. */
export interface Stack {
  node: RunningNode;
  app: RunningApp;
}

/** The one Chromium of this run, launched on first use (Playwright gives it a fresh empty profile). */
export function sharedBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return browserPromise;
}

/**
 * The one stack of this run, started on first use: a `hardhat node` on a free port with Wayfare
 * deployed and seeded, the bindings regenerated, the dApp built if its inputs changed, and
 * `next start` on a free port pointed at the node through the runtime network settings.
 */
export function sharedStack(): Promise<Stack> {
  stackPromise ??= (async () => {
    const node = await startHardhatNode();
    try {
      await deployFreshLocal(node.url, () => undefined);
      await ensureDappBuild();
      const app = await startNextServer({
        env: { WAYFARE_RPC_URL: node.url, WAYFARE_CHAIN_ID: String(LOCAL_CHAIN_ID) },
      });
      return { node, app };
    } catch (error) {
      await node.stop();
      throw error;
    }
  })();
  return stackPromise;
}

/** The dApp of the shared stack. */
export async function sharedApp(): Promise<RunningApp> {
  return (await sharedStack()).app;
}

/** Stops the shared chain (the dApp keeps running and must notice). */
export async function stopChain(): Promise<void> {
  await (await sharedStack()).node.stop();
}

/** Starts a fresh, empty chain on the same port as before; `deploy` also deploys and seeds Wayfare. */
export async function restartChain(options: { deploy: boolean }): Promise<void> {
  const stack = await sharedStack();
  stack.node = await startHardhatNode({ port: stack.node.port });
  if (options.deploy) await redeploy();
}

/** Deploys and seeds Wayfare afresh on the running shared chain (same addresses: same deployer, nonces). */
export async function redeploy(): Promise<void> {
  await deployFreshLocal((await sharedStack()).node.url, () => undefined);
}

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
}

/** Browser contexts opened by the running test; closed (after failure screenshots) when it ends. */
const openContexts: BrowserContext[] = [];

/**
 * A fresh context and page; console errors and page crashes are collected for assertions. The
 * harness closes it when the test ends, after screenshotting it if the test failed.
 */
export async function openPage(
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: "reduce",
  });
  openContexts.push(context);
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

/**
 * Polls `read` until `accept` holds and returns the value: a page updates a moment after the event
 * that caused it (React commits, CSS restyles, a block is mined), so a read right after an action
 * may still see the old state. Fails with the last value after `timeoutMs`.
 */
export async function settled<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    assert.ok(Date.now() < deadline, `still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** Waits until `read` gives `expected` (a string matching it, for a RegExp); fails like `assert` with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  expected: T | RegExp,
  message?: string,
  timeoutMs = 10_000,
): Promise<void> {
  const matches = (value: T) =>
    expected instanceof RegExp
      ? typeof value === "string" && expected.test(value)
      : isDeepStrictEqual(value, expected);
  const value = await settled(read, matches, timeoutMs).catch(() => read());
  if (expected instanceof RegExp) assert.match(String(value), expected, message);
  else assert.deepEqual(value, expected, message);
}

// Starting the stack (deploy, maybe a production build) takes a while on a small machine: it is a
// hook of its own so that no test's timeout pays for it.
before(() => sharedStack(), { timeout: 15 * 60_000 });

// After every test: screenshots of a failed test's pages into test-results/, then close them all.
afterEach(async (context) => {
  const test = context as unknown as { name: string; passed?: boolean };
  for (const [index, browserContext] of openContexts.splice(0).entries()) {
    if (test.passed === false) {
      for (const page of browserContext.pages()) {
        await saveScreenshot(page, `FAILED-${test.name}-${index}`).catch(() => undefined);
      }
    }
    await browserContext.close().catch(() => undefined);
  }
});

after(async () => {
  const stack = await stackPromise?.catch(() => undefined);
  await Promise.all([stack?.app.stop(), stack?.node.stop()]);
  const browser = await browserPromise?.catch(() => undefined);
  await browser?.close();
});
