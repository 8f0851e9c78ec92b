// What every lab's browser test does first: open the lab with the test wallet injected for a visitor
// of its own (so labs and other tests do not share an account's history), and connect.
import type { Page } from "playwright-core";
import { mnemonicToAccount } from "viem/accounts";

import { HARDHAT_MNEMONIC } from "../../scripts/lib/demo-accounts.ts";
import { openPage, sharedStack } from "./harness.ts";
import { TEST_WALLET_NAME, injectTestWallet } from "./test-wallet.ts";

/** Hardhat accounts no demo role uses: one visitor per lab. */
export const LAB_VISITORS = { gas: 13, pay: 14, save: 15, tickets: 16, auction: 17 } as const;

export const LAB_TIMEOUT = { timeout: 240_000 };

export async function openLab(
  lab: keyof typeof LAB_VISITORS,
): Promise<{ page: Page; errors: string[]; visitor: `0x${string}` }> {
  const { app, node } = await sharedStack();
  const { page, errors } = await openPage({ height: 900 });
  const visitor = mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: LAB_VISITORS[lab] }).address;
  await injectTestWallet(page, { rpcUrl: node.url, account: visitor, chainId: 31337 });
  await page.goto(`${app.url}/labs/${lab}`);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page
    .getByRole("dialog", { name: "Connect a wallet" })
    .getByRole("button", { name: TEST_WALLET_NAME })
    .click();
  await page.getByRole("button", { name: new RegExp(`Account .*${visitor.slice(0, 6)}`) }).waitFor();
  return { page, errors, visitor };
}

/** The next request of `method` is refused in the wallet, as a person pressing "Reject" would. */
export async function rejectNext(page: Page, method: string): Promise<void> {
  await page.evaluate((name) => {
    (window as unknown as { testWallet: { rejectNext(method: string): void } }).testWallet.rejectNext(name);
  }, method);
}

/** The ids of the lab's goals that are ticked. */
export async function doneGoals(page: Page): Promise<string[]> {
  return page
    .locator('[data-goal][data-done="true"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-goal") ?? ""));
}

/** Waits until the goal `id` is ticked from the chain. */
export async function waitForGoal(page: Page, id: string): Promise<void> {
  await page.locator(`[data-goal="${id}"][data-done="true"]`).waitFor({ timeout: 60_000 });
}
