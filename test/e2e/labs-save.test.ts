import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { LAB_TIMEOUT, doneGoals, openLab, rejectNext, waitForGoal } from "./labs.ts";

describe("save lab", () => {
  it(
    "saves with a lock and a goal, refuses an early withdrawal with the reason, and withdraws after time travel",
    LAB_TIMEOUT,
    async () => {
      const { page, errors } = await openLab("save");
      assert.equal(await page.locator(".lab-topic-link").first().getAttribute("href"), "/#/save");
      assert.deepEqual(await doneGoals(page), []);

      await page.getByRole("button", { name: /Buy 200 TRIP for 0.2 ETH/ }).click();
      await page
        .locator('[data-balance-of="TRIP in your wallet"]')
        .getByText("200")
        .waitFor({ timeout: 60_000 });

      // A negative lock is refused at the field.
      const days = page.getByLabel("Lock for (days)");
      await days.fill("-3");
      await page.getByRole("button", { name: "Save and lock" }).click();
      await page.getByText("The number of days cannot be negative.").waitFor();
      assert.equal(await days.getAttribute("aria-invalid"), "true");
      await days.fill("30");
      await page.getByLabel("TRIP to save").fill("50");
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
        .getByText(/Your savings are locked until .* You promised not to touch them before then/)
        .waitFor();

      // The sponsor's reward raises the share price.
      const price = page.locator("[data-share-price]");
      const before = BigInt((await price.getAttribute("data-share-price")) ?? "0");
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
      assert.deepEqual((await doneGoals(page)).sort(), ["goal", "locked", "withdrawn", "yield"]);
      assert.deepEqual(errors, []);
    },
  );
});
