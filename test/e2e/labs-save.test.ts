import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { eventually, settled } from "./harness.ts";
import { LAB_TIMEOUT, doneGoals, openLab, rejectNext, waitForGoal } from "./labs.ts";

describe("save lab", () => {
  it(
    "saves with a lock and a goal, refuses an early withdrawal with the reason, and withdraws after time travel",
    LAB_TIMEOUT,
    async () => {
      const { page, errors } = await openLab("save");
      assert.equal(await page.locator(".lab-topic-link").first().getAttribute("href"), "/#/save");
      // A new visitor: once the chain has been read, no goal is ticked.
      await eventually(() => page.locator(".goal.checking").count(), 0, "goals read from the chain");
      assert.deepEqual(await doneGoals(page), []);

      await page.getByRole("button", { name: /Buy 200 TRIP for 0.2 ETH/ }).click();
      await page
        .locator('[data-balance-of="TRIP in your wallet"]')
        .getByText("200")
        .waitFor({ timeout: 60_000 });

      // More TRIP than the wallet holds, and a negative lock, are refused at their fields.
      const toSave = page.getByLabel("TRIP to save");
      const days = page.getByLabel("Lock for (days)");
      await toSave.fill("250");
      await days.fill("-3");
      await page.getByRole("button", { name: "Save and lock" }).click();
      await page.getByText("That is more than your balance of 200 TRIP.").waitFor();
      await page.getByText("The number of days cannot be negative.").waitFor();
      assert.equal(await toSave.getAttribute("aria-invalid"), "true");
      assert.equal(await days.getAttribute("aria-invalid"), "true");
      await toSave.fill("50");
      await days.fill("30");
      await page.getByRole("button", { name: "Save and lock" }).click();
      await page
        .locator('[data-lock="locked"]')
        .getByText(/29 d 23 h left/)
        .waitFor({ timeout: 60_000 });
      await waitForGoal(page, "locked");

      // The visitor refuses the goal's transaction once, then sends it.
      await page.getByLabel("Goal", { exact: true }).fill("A week in Lisbon");
      await page.getByLabel("Target").fill("200");
      await rejectNext(page, "eth_sendTransaction");
      await page.getByRole("button", { name: "Set the goal" }).click();
      await page.getByText("You rejected the request in your wallet.").waitFor();
      await page.getByRole("button", { name: "Set the goal" }).click();
      const progress = page.locator("[data-goal-percent]");
      await progress.getByText("A week in Lisbon").waitFor({ timeout: 60_000 });
      // 50 TRIP of 200, less a rounding wei in the vault's favour.
      const percent = Number(await progress.getAttribute("data-goal-percent"));
      assert.ok(percent >= 24.9 && percent <= 25, `${percent} %`);
      await waitForGoal(page, "goal");

      // Locked: the vault reports nothing withdrawable, and an attempt is refused with the reason.
      await page.locator("[data-locked-notice]").getByText("0 TRIP").waitFor();
      await page.getByRole("button", { name: "Withdraw everything" }).click();
      await page
        .getByText(
          /The vault refused with SavingsLocked\(0x.*\): your savings are locked until .* You promised not to touch them before then.* or fast-forward the local chain's time below\.$/,
        )
        .waitFor();

      // The sponsor's reward raises the share price.
      const sharePrice = async () =>
        BigInt((await page.locator("[data-share-price]").getAttribute("data-share-price")) ?? "0");
      const before = await settled(sharePrice, (price) => price > 0n);
      await page.getByRole("button", { name: "Sponsor pays the reward" }).click();
      await waitForGoal(page, "yield");
      await page.waitForFunction(
        (previous) =>
          BigInt(document.querySelector("[data-share-price]")?.getAttribute("data-share-price") ?? "0") >
          BigInt(previous),
        before.toString(),
      );

      // Time travel to the unlock date; then the withdrawal goes through.
      await page.getByRole("button", { name: /Jump to the unlock date/ }).click();
      await page
        .locator('[data-lock="free"]')
        .getByText(/^Unlocked since/)
        .waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Withdraw everything" }).click();
      await waitForGoal(page, "withdrawn");
      await eventually(
        async () => (await doneGoals(page)).sort(),
        ["goal", "locked", "withdrawn", "yield"],
        "every goal ticked",
      );

      // The ticks come from the chain, so a fresh page shows them again.
      await page.reload();
      for (const goal of ["locked", "goal", "yield", "withdrawn"]) await waitForGoal(page, goal);
      assert.deepEqual(errors, []);
    },
  );
});
