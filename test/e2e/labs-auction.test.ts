import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createPublicClient, createTestClient, http } from "viem";

import { eventually, sharedStack } from "./harness.ts";
import { LAB_TIMEOUT, doneGoals, openLab, rejectNext, waitForGoal } from "./labs.ts";

describe("auction lab", () => {
  it(
    "races the bots for the last seat: a bad tip, a refusal, a win with a high tip and a loss with a low one",
    LAB_TIMEOUT,
    async () => {
      const { page, errors, visitor } = await openLab("auction");
      const { node } = await sharedStack();
      const chain = createPublicClient({ transport: http(node.url) });
      const testClient = createTestClient({ mode: "hardhat", transport: http(node.url) });

      await page.getByRole("heading", { name: "What you will see" }).waitFor();
      assert.equal(await page.locator(".lab-topic-link").first().getAttribute("href"), "/#/auction");
      assert.deepEqual(await doneGoals(page), []);

      // Before the visitor's first race, the demo data's race is read back from the chain.
      const bots = page.locator('[data-race-block] tr[data-outcome="won"]');
      await bots.waitFor({ timeout: 60_000 });
      assert.equal(await bots.getAttribute("data-bidder"), "Bot Bo", "the seeded race: the 3 gwei bot won");

      const tip = page.getByLabel("Your tip (per gas)");
      const raceButton = page.getByRole("button", { name: "Race for the seat" });
      const openRound = page.locator("[data-open-round]");
      const roundBefore = await openRound.getAttribute("data-open-round");
      assert.match(roundBefore ?? "", /^\d+$/, "a seat is up for grabs");

      // Bad tips are refused at the field, in gwei.
      await tip.fill("1.0000000001");
      await raceButton.click();
      await page.getByText("gwei has at most 9 decimals; this amount has 10.").waitFor();
      assert.equal(await tip.getAttribute("aria-invalid"), "true");
      await tip.fill("1000000000");
      await page
        .getByText(/^That is more than your balance covers: .* Tip at most [\d,.]+ gwei\.$/)
        .waitFor();

      // The visitor refuses the entry in the wallet: no race, and the chain automines again.
      await tip.fill("10");
      await rejectNext(page, "eth_sendTransaction");
      await raceButton.click();
      await page.getByText("You rejected the request in your wallet.").waitFor({ timeout: 60_000 });
      await eventually(() => testClient.getAutomine(), true, "automine is back on after the refusal");
      assert.equal(await openRound.getAttribute("data-open-round"), roundBefore, "the seat is still open");

      // A high tip wins: the visitor's entry is mined first, the bots' after it by tip.
      await raceButton.click();
      const yours = page.locator('[data-race-block] tr[data-bidder="You"]');
      await page
        .locator('[data-race-block] tr[data-bidder="You"][data-outcome="won"]')
        .waitFor({ timeout: 60_000 });
      const order = () =>
        page
          .locator("[data-race-block] tbody tr")
          .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-bidder")));
      assert.deepEqual(await order(), ["You", "Bot Bo", "Bot Ada", "Bot Cy"]);
      await page.getByText("You won the seat").waitFor();
      assert.equal(await yours.locator("[data-tip]").getAttribute("data-tip"), "10000000000");

      // The page's numbers are the block's.
      const wonBlock = BigInt((await page.locator("[data-race-block]").getAttribute("data-race-block"))!);
      const block = await chain.getBlock({ blockNumber: wonBlock, includeTransactions: true });
      assert.equal(block.transactions[0].from.toLowerCase(), visitor.toLowerCase(), "first in the block");
      assert.equal(block.transactions.length, 4, "all four entries in one block");
      assert.equal(
        await page.locator("[data-base-fee]").getAttribute("data-base-fee"),
        block.baseFeePerGas!.toString(),
      );
      await eventually(() => testClient.getAutomine(), true, "automine is back on after the race");

      // A fresh seat is put up, and a low tip loses it: the visitor pays for nothing.
      await page.getByText(/A fresh seat is up \(round #\d+\)/).waitFor({ timeout: 60_000 });
      await tip.fill("1.5");
      await raceButton.click();
      await page
        .locator('[data-race-block] tr[data-bidder="You"][data-outcome="too-late"]')
        .waitFor({ timeout: 60_000 });
      assert.deepEqual(await order(), ["Bot Bo", "Bot Ada", "You", "Bot Cy"]);
      await page
        .getByText(
          /You were 3rd in the block with 1\.5 gwei: too late, and you paid [\d.]+ ETH for nothing\./,
        )
        .waitFor();
      assert.ok(
        Number(await page.locator("[data-race-block]").getAttribute("data-race-block")) > Number(wonBlock),
        "a new race block",
      );

      for (const goal of ["entered", "won", "lost"]) await waitForGoal(page, goal);
      assert.deepEqual(errors, []);
    },
  );
});
