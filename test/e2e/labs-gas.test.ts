import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createPublicClient, http } from "viem";

import { nextBaseFee } from "../../app/_lib/base-fee.ts";
import { sharedStack } from "./harness.ts";
import { LAB_TIMEOUT, doneGoals, openLab, rejectNext, waitForGoal } from "./labs.ts";

describe("gas lab", () => {
  it(
    "takes transactions apart, compares a first and second transfer, and congests the chain",
    LAB_TIMEOUT,
    async () => {
      const { page, errors } = await openLab("gas");
      await page.getByRole("heading", { name: "What you will see" }).waitFor();
      assert.equal(await page.locator(".lab-topic-link").first().getAttribute("href"), "/#/gas");
      assert.deepEqual(await doneGoals(page), []);

      // A sample from the chain (the newest of the demo data), taken apart.
      await page
        .getByRole("button", { name: /→ GasAuction: openRound/ })
        .first()
        .click();
      const anatomy = page.locator("[data-anatomy]").first();
      await anatomy.getByText("The parts add up to the gas used in the receipt.").waitFor();
      for (const part of ["intrinsic", "calldata", "storage", "execution"]) {
        assert.equal(await anatomy.locator(`[data-part="${part}"]`).count(), 1, part);
      }
      assert.match((await anatomy.textContent()) ?? "", /Burned \(base fee\)/);

      // The visitor refuses the first purchase in the wallet, then accepts.
      await rejectNext(page, "eth_sendTransaction");
      await page.getByRole("button", { name: "Buy 5 TRIP for 0.005 ETH" }).click();
      await page.getByText("You rejected the request in your wallet.").waitFor();
      await page.getByRole("button", { name: "Buy 5 TRIP for 0.005 ETH" }).click();
      await page.getByText("You hold 5 TRIP.").waitFor({ timeout: 60_000 });

      // A bad amount is refused at the field.
      const amount = page.getByLabel("TRIP to send each time");
      await amount.fill("1.5.2");
      await page.getByRole("button", { name: "1. Send to a new address" }).click();
      await page.getByText('"1.5.2" is not a number: write it like 12.5.').waitFor();
      assert.equal(await amount.getAttribute("aria-invalid"), "true");
      await amount.fill("1");

      await page.getByRole("button", { name: "1. Send to a new address" }).click();
      await page
        .getByRole("button", { name: "2. Send again to the same address" })
        .click({ timeout: 60_000 });
      const slots = page.locator("[data-recipient-slot-gas]");
      await slots.nth(1).waitFor({ timeout: 60_000 });
      assert.deepEqual(
        await slots.evaluateAll((items) => items.map((item) => item.getAttribute("data-recipient-slot-gas"))),
        ["22100", "5000"],
      );

      // Three full blocks raise the base fee 12.5 % each; then the visitor pays the risen price.
      const chain = createPublicClient({ transport: http((await sharedStack()).node.url) });
      const latest = await chain.getBlock();
      const before = nextBaseFee(latest.baseFeePerGas!, latest.gasUsed, latest.gasLimit);
      await page.getByRole("button", { name: "Fill the next 3 blocks" }).click();
      await page.getByText("3 full blocks mined").waitFor({ timeout: 120_000 });
      // Each full block raises the next base fee by exactly an eighth (EIP-1559, rounded down).
      const expected = [1, 2, 3].reduce((fee) => (fee * 9n) / 8n, before);
      await page.locator(`[data-next-base-fee="${expected}"]`).waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Send a transaction of your own now" }).click();
      await page.getByText("Your transaction, at this base fee").waitFor({ timeout: 60_000 });

      for (const goal of ["sent", "filled-slot", "changed-slot", "risen-base-fee"])
        await waitForGoal(page, goal);
      assert.deepEqual(errors, []);
    },
  );
});
