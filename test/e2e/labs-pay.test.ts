import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Page } from "playwright-core";
import { createPublicClient, http } from "viem";

import { sharedStack } from "./harness.ts";
import { LAB_TIMEOUT, doneGoals, openLab, rejectNext, waitForGoal } from "./labs.ts";

/** Fills in a payment by signature to the café and signs it. */
async function signPayment(page: Page, amount: string, validFor = "10 minutes") {
  await page.getByRole("radio", { name: /Café Meridian/ }).check();
  await page.getByLabel("TRIP to pay").fill(amount);
  await page.getByRole("radio", { name: /By signature/ }).check();
  await page.getByLabel("Valid for").selectOption({ label: validFor });
  await page.getByRole("button", { name: "Review the payment to sign" }).click();
  await page.getByRole("button", { name: "Sign the payment" }).click();
  await page.locator("[data-signed-payment]").waitFor();
}

describe("pay lab", () => {
  it(
    "buys and sells TRIP, pays merchants directly and by signature, and refuses reused, expired and cancelled payments",
    LAB_TIMEOUT,
    async () => {
      const { page, errors, visitor } = await openLab("pay");
      const chain = createPublicClient({ transport: http((await sharedStack()).node.url) });
      assert.equal(await page.locator(".lab-topic-link").first().getAttribute("href"), "/#/pay");
      assert.deepEqual(await doneGoals(page), []);

      // A negative amount is refused at the field; then the visitor buys 100 TRIP.
      const eth = page.getByLabel("ETH to pay");
      await eth.fill("-1");
      await page.getByRole("button", { name: "Buy TRIP" }).click();
      await page.getByText("The amount cannot be negative.").waitFor();
      assert.equal(await eth.getAttribute("aria-invalid"), "true");
      await eth.fill("0.1");
      await page.getByText("You get 100 TRIP, plus gas in ETH.").waitFor();
      await page.getByRole("button", { name: "Buy TRIP" }).click();
      await waitForGoal(page, "bought");

      await page.getByLabel("TRIP to sell").fill("10");
      await page.getByRole("button", { name: "Sell TRIP" }).click();
      await waitForGoal(page, "sold");

      // Directly: the visitor's own transfer to the hotel.
      await page.getByRole("radio", { name: /Hotel Aurora/ }).check();
      await page.getByRole("radio", { name: /Directly/ }).check();
      await page.getByLabel("TRIP to pay").fill("2");
      await page.getByRole("button", { name: "Pay", exact: true }).click();
      await waitForGoal(page, "paid-direct");

      // By signature: the readable form first; the first signature is refused in the wallet.
      await page.getByRole("radio", { name: /Café Meridian/ }).check();
      await page.getByRole("radio", { name: /By signature/ }).check();
      await page.getByLabel("TRIP to pay").fill("4.5");
      await page.getByRole("button", { name: "Review the payment to sign" }).click();
      const readable = page.locator("[data-readable-authorization]");
      await readable.getByText("4.5 TRIP").waitFor();
      await readable
        .getByText(/Café Meridian \(0x15d3/)
        .first()
        .waitFor();
      await rejectNext(page, "eth_signTypedData_v4");
      await page.getByRole("button", { name: "Sign the payment" }).click();
      await page.getByText("You rejected the request in your wallet.").waitFor();
      await page.getByRole("button", { name: "Sign the payment" }).click();
      await page.locator("[data-signed-payment]").waitFor();

      const ethBefore = await chain.getBalance({ address: visitor });
      await page.getByRole("button", { name: "Café Meridian submits it" }).click();
      await page.locator("[data-who-paid]").getByText("0 ETH").waitFor();
      assert.equal(await chain.getBalance({ address: visitor }), ethBefore, "the visitor paid no gas");
      await waitForGoal(page, "paid-gasless");

      // The same signature again: refused as used.
      await page.getByRole("button", { name: "Café Meridian submits it" }).click();
      await page.getByText(/was already used: the token accepts each one once/).waitFor();

      // A one-minute payment left to expire.
      await signPayment(page, "1", "1 minute");
      await page.getByRole("button", { name: "Let 2 minutes pass (local chain)" }).click();
      await page.getByText("Two minutes passed on the chain's clock.").waitFor();
      await page.getByRole("button", { name: "Café Meridian submits it" }).click();
      await page.getByText(/The signed payment expired at .* ask the payer to sign a new one/).waitFor();

      // A payment cancelled before the café collects it.
      await signPayment(page, "1");
      await page.getByRole("button", { name: "Cancel this signed payment" }).click();
      await page.locator("[data-signed-payment] [data-phase=confirmed]").waitFor();
      await page.getByRole("button", { name: "Café Meridian submits it" }).click();
      await page.getByText(/The payer cancelled this signed payment/).waitFor();

      const receipts = page.locator("[data-receipt]");
      await page.locator('[data-receipt="gasless"]').first().waitFor();
      assert.equal(await page.locator('[data-receipt="direct"]').count(), 1);
      assert.equal(await receipts.count(), 2);
      assert.match((await receipts.first().textContent()) ?? "", /4.5 TRIP to Café Meridian.*by signature/);
      assert.equal(await receipts.first().locator('a[href^="/chain/tx/0x"]').count(), 1);
      assert.deepEqual((await doneGoals(page)).sort(), ["bought", "paid-direct", "paid-gasless", "sold"]);
      assert.deepEqual(errors, []);
    },
  );
});
