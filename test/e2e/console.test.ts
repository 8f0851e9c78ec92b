import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Page } from "playwright-core";

import { openPage, sharedStack } from "./harness.ts";
import { TEST_WALLET_NAME, injectTestWallet } from "./test-wallet.ts";

const TOURIST = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const HOTEL = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const TIMEOUT = { timeout: 90_000 };

/** Opens a function's form in the console (each function is a collapsed <details>). */
async function openFunction(page: Page, name: string) {
  const fn = page.locator(`details[data-function="${name}"]`).first();
  await fn.locator("summary").click();
  return fn;
}

describe("contract console", () => {
  it("reads values and a balance with typed, validated inputs", TIMEOUT, async () => {
    const { app } = await sharedStack();
    const { page, errors } = await openPage();
    await page.goto(`${app.url}/console?contract=TripToken`);
    await page.getByRole("heading", { name: "TripToken" }).waitFor();
    await page.locator('[data-value="symbol"]').getByText('"TRIP"').waitFor();

    const balanceOf = await openFunction(page, "balanceOf");
    const account = balanceOf.getByLabel(/^account/);
    await account.fill("0x1234");
    await account.blur();
    await balanceOf.getByText("an address is 0x followed by 40 hex digits").waitFor();
    await account.fill(HOTEL.toLowerCase());
    await balanceOf.getByRole("button", { name: "Read" }).click();
    // The seed gave the hotel TRIP for 2 ETH at 1,000 TRIP per ETH.
    const result = balanceOf.locator('[data-result="balanceOf"]');
    await result.getByText("2,000,000,000,000,000,000,000").waitFor();
    assert.match((await result.textContent()) ?? "", /2,000 × 10¹⁸/);
    assert.deepEqual(errors, []);
  });

  it(
    "buys TRIP with buy(), shows the receipt, and the explorer shows that transaction",
    TIMEOUT,
    async () => {
      const { app, node } = await sharedStack();
      const { page, errors } = await openPage();
      await injectTestWallet(page, { rpcUrl: node.url, account: TOURIST, chainId: 31337 });
      await page.goto(`${app.url}/console?contract=TripExchange`);
      await page.getByRole("button", { name: "Connect wallet" }).click();
      await page.getByRole("button", { name: TEST_WALLET_NAME }).click();
      await page.getByRole("button", { name: /Account Tourist/ }).waitFor();

      const buy = await openFunction(page, "buy");
      await buy.getByLabel("ETH to send").fill("0.5");
      await buy.getByRole("button", { name: "Send transaction" }).click();
      const status = buy.locator('[data-phase="confirmed"]');
      await status.waitFor();
      const text = (await status.textContent()) ?? "";
      assert.match(text, /Confirmed in block #\d+/);
      assert.match(text, /Returned \(simulated\): 500,000,000,000,000,000,000/);
      assert.match(text, /Effective gas price.*gwei/);
      assert.match(text, /ETH burned \+ .* ETH tip/);
      const blockNumber = /Confirmed in block #(\d+)/.exec(text)![1];

      // The transaction page decodes the call and its logs.
      await status.getByRole("link", { name: /^0x/ }).click();
      await page.getByRole("heading", { name: "Transaction" }).waitFor();
      await page.getByText("buy()", { exact: true }).waitFor();
      await page.locator(".log").filter({ hasText: "Bought" }).waitFor();
      await page.locator(".log").filter({ hasText: "Transfer" }).waitFor();
      assert.match((await page.locator(".facts").first().textContent()) ?? "", /success/);

      // The block lists it, in order, with its sender by name and the decoded function.
      await page
        .getByRole("link", { name: `#${blockNumber}` })
        .first()
        .click();
      await page.getByRole("heading", { name: `Block #${blockNumber}` }).waitFor();
      const row = page.locator("tbody tr").filter({ hasText: "buy()" });
      await row.waitFor();
      assert.match((await row.textContent()) ?? "", /Tourist.*TripExchange.*buy\(\).*0\.5 ETH.*success/);

      // The front page lists that block live, and search finds the tourist and their TRIP.
      await page.goto(`${app.url}/chain`);
      await page
        .getByTestId("latest-blocks")
        .getByRole("link", { name: `#${blockNumber}` })
        .waitFor();
      await page.getByRole("searchbox").fill(TOURIST.toLowerCase());
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("heading", { name: "Tourist" }).waitFor();
      await page.locator('[data-balance="TripToken"]').getByText("500").waitFor();
      assert.deepEqual(errors, []);
    },
  );

  it(
    "explains a reverted write with the decoded custom error, even one raised by another contract",
    TIMEOUT,
    async () => {
      const { app } = await sharedStack();
      const { page } = await openPage();
      await page.goto(`${app.url}/console?contract=TripExchange`);
      await page.getByRole("button", { name: "Connect wallet" }).click();
      await page.getByRole("button", { name: "Use the dev wallet" }).click();
      await page.getByRole("button", { name: /Account Tourist/ }).waitFor();
      const sell = await openFunction(page, "sell");
      await sell.getByRole("textbox", { name: /^amount/ }).fill("1");
      await sell.getByRole("button", { name: "Send transaction" }).click();
      const alert = sell.getByRole("alert");
      await alert.waitFor();
      // The desk pulls the TRIP first, so TripToken's error is the reason: decoded by name all the same.
      assert.match(
        (await alert.textContent()) ?? "",
        /TripExchange refused sell\(\): ERC20 insufficient allowance \(spender 0x[\da-fA-F]{6}…[\da-fA-F]{6}, allowance 0, needed 1\)\./,
      );
    },
  );
});
