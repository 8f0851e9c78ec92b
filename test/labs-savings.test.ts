import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { encodeAbiParameters, parseEther } from "viem";

import { explainLabError } from "../app/_lib/lab-errors.ts";
import {
  DAY,
  formatDuration,
  goalProgress,
  lockState,
  parseLockDays,
  savingsExplainer,
} from "../app/_lib/savings.ts";
import WayfareModule from "../deploy/modules/Wayfare.ts";

const NOW = 1_750_000_000n;

describe("savings: goal and lock", () => {
  it("measures progress towards a goal, capped at 100 %", () => {
    assert.deepEqual(goalProgress(parseEther("600"), parseEther("1500")), {
      percent: 40,
      reached: false,
      remaining: parseEther("900"),
    });
    assert.deepEqual(goalProgress(parseEther("2000"), parseEther("1500")), {
      percent: 100,
      reached: true,
      remaining: 0n,
    });
    assert.equal(goalProgress(parseEther("1"), parseEther("3")).percent, 33.3);
    assert.deepEqual(goalProgress(5n, 0n), { percent: 0, reached: false, remaining: 0n });
  });

  it("says durations in their two largest units", () => {
    assert.equal(formatDuration(30n * DAY - 1n), "29 d 23 h");
    assert.equal(formatDuration(5n * 3600n + 12n * 60n + 7n), "5 h 12 min");
    assert.equal(formatDuration(184n), "3 min 4 s");
    assert.equal(formatDuration(3600n), "1 h");
    assert.equal(formatDuration(0n), "0 s");
  });

  it("tells locked, unlocked and never locked apart by the chain's clock", () => {
    assert.deepEqual(lockState(NOW + DAY, NOW), {
      locked: true,
      text: "Locked until 2025-06-16 15:06:40 UTC: 1 d left.",
      secondsLeft: DAY,
    });
    assert.equal(lockState(NOW, NOW).locked, false);
    assert.match(lockState(NOW - 1n, NOW).text, /^Unlocked since/);
    assert.match(lockState(0n, NOW).text, /never set an unlock date/);
  });

  it("turns days into an unlock date, or says what is wrong at the field", () => {
    assert.deepEqual(parseLockDays("30", NOW, 0n), { ok: true, unlockTime: NOW + 30n * DAY });
    const refused = (text: string, current = 0n) => {
      const result = parseLockDays(text, NOW, current);
      return result.ok ? "" : result.message;
    };
    assert.equal(refused(""), "Enter how many days to lock your savings for.");
    assert.equal(refused("-2"), "The number of days cannot be negative.");
    assert.equal(refused("1.5"), "Enter a whole number of days, like 30.");
    assert.equal(refused("0"), "Lock for at least one day.");
    assert.equal(refused("4000"), "Lock for at most 3650 days (ten years).");
    assert.match(refused("3", NOW + 10n * DAY - 5n), /a lock only moves later: choose at least 10 days\.$/);
  });
});

describe("savings: the vault's refusals explained", async () => {
  const { ignition, viem, networkHelpers } = await network.create();
  const { tripToken, tripExchange, savingsVault } = await ignition.deploy(WayfareModule);
  const publicClient = await viem.getPublicClient();
  const [, saver] = await viem.getWalletClients();
  await tripExchange.write.buy({ account: saver.account, value: parseEther("1") });
  const { timestamp } = await publicClient.getBlock();
  const unlockTime = timestamp + 30n * DAY;
  await tripToken.write.transferAndCall(
    [savingsVault.address, parseEther("100"), encodeAbiParameters([{ type: "uint64" }], [unlockTime])],
    { account: saver.account },
  );

  async function refusal(call: () => Promise<unknown>, now: bigint) {
    try {
      await call();
    } catch (error) {
      return explainLabError(error, [savingsExplainer(now)]);
    }
    assert.fail("expected the vault to refuse");
  }

  it("explains an early withdrawal as the lock's promise, with the time left", async () => {
    const { timestamp: now } = await publicClient.getBlock({ blockTag: "pending" });
    const explained = await refusal(
      () =>
        publicClient.simulateContract({
          ...savingsVault,
          functionName: "withdraw",
          args: [parseEther("1"), saver.account.address, saver.account.address],
          account: saver.account.address,
        }),
      now,
    );
    assert.equal(explained.errorName, "SavingsLocked");
    assert.match(
      explained.message,
      /^Your savings are locked until .* \(29 d 23 h from now by the chain's clock\)\. You promised/,
    );
  });

  it("explains a lock moved earlier", async () => {
    const explained = await refusal(
      () =>
        publicClient.simulateContract({
          ...savingsVault,
          functionName: "setUnlockTime",
          args: [unlockTime - 1n],
          account: saver.account.address,
        }),
      timestamp,
    );
    assert.match(explained.message, /^A lock can only move later/);
  });

  it("lets the withdrawal through once the chain's clock passes the unlock date", async () => {
    await networkHelpers.time.increaseTo(unlockTime);
    const { result } = await publicClient.simulateContract({
      ...savingsVault,
      functionName: "withdraw",
      args: [parseEther("1"), saver.account.address, saver.account.address],
      account: saver.account.address,
    });
    assert.ok(result > 0n);
  });
});
