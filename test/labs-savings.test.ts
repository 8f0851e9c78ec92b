import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { encodeAbiParameters, getAddress, parseEther } from "viem";

import { DAY, formatDuration, formatTimestamp, shortHex } from "../app/_lib/format.ts";
import { explainLabError } from "../app/_lib/lab-errors.ts";
import {
  type SavingsHistory,
  byChainOrder,
  goalProgress,
  lockState,
  parseLockDays,
  priceHistoryBlocks,
  savingsExplainer,
  savingsGoals,
  unlockTimeAt,
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

/** A log at `block`, index `index`. */
const at = (block: number, index = 0) => ({ blockNumber: BigInt(block), logIndex: index });
const TRIP = (amount: string) => parseEther(amount);

/** A history with nothing in it, to add events to. */
function history(events: Partial<SavingsHistory>): SavingsHistory {
  return { deposits: [], locks: [], goals: [], withdrawals: [], shareMoves: [], rewards: [], ...events };
}

/** The Save lab's journey: lock and deposit in one transaction (block 10), a goal, a reward, a withdrawal. */
const JOURNEY = history({
  locks: [{ ...at(10, 0), unlockTime: NOW + 30n * DAY }],
  deposits: [{ ...at(10, 2), assets: TRIP("50"), timestamp: NOW }],
  shareMoves: [
    { ...at(10, 1), shares: TRIP("50") * 10n ** 6n },
    { ...at(14, 0), shares: -(TRIP("50") * 10n ** 6n) },
  ],
  goals: [{ ...at(11), label: "A week in Lisbon", target: TRIP("200") }],
  rewards: [
    { ...at(5), assets: TRIP("30") },
    { ...at(12), assets: TRIP("25") },
  ],
  withdrawals: [{ ...at(14, 1), assets: TRIP("50.1") }],
});

describe("savings: goals from the vault's events", () => {
  it("orders logs by block, then by index in the block", () => {
    const sorted = [at(3, 1), at(2, 5), at(3, 0)].sort(byChainOrder);
    assert.deepEqual(sorted, [at(2, 5), at(3, 0), at(3, 1)]);
  });

  it("finds the lock in force at a log: the latest set at or before it", () => {
    const locks = [
      { ...at(4, 1), unlockTime: 100n },
      { ...at(9), unlockTime: 200n },
    ];
    assert.equal(unlockTimeAt(locks, at(4, 0)), 0n);
    assert.equal(unlockTimeAt(locks, at(4, 1)), 100n);
    assert.equal(unlockTimeAt(locks, at(8, 7)), 100n);
    assert.equal(unlockTimeAt(locks, at(12)), 200n);
  });

  it("ticks every goal of the full journey, with the facts that show it", () => {
    assert.deepEqual(savingsGoals(JOURNEY), {
      lockedDeposit: { blockNumber: 10n, assets: TRIP("50"), unlockTime: NOW + 30n * DAY },
      goal: { label: "A week in Lisbon", target: TRIP("200") },
      reward: { blockNumber: 12n, assets: TRIP("25") },
      withdrawnAfterUnlock: TRIP("50.1"),
    });
  });

  it("ticks nothing for a visitor who never used the vault", () => {
    const rewardsOnly = history({ rewards: JOURNEY.rewards });
    assert.deepEqual(savingsGoals(rewardsOnly), {
      lockedDeposit: undefined,
      goal: undefined,
      reward: undefined,
      withdrawnAfterUnlock: 0n,
    });
  });

  it("does not count a deposit without a lock, or with a lock already past, as locked savings", () => {
    const unlocked = history({ deposits: JOURNEY.deposits });
    assert.equal(savingsGoals(unlocked).lockedDeposit, undefined);
    const pastLock = history({ ...JOURNEY, locks: [{ ...at(9), unlockTime: NOW - 1n }] });
    assert.equal(savingsGoals(pastLock).lockedDeposit, undefined);
    // Nor does a withdrawal of savings that were never locked count as one after the unlock date.
    assert.equal(savingsGoals(pastLock).withdrawnAfterUnlock, 0n);
  });

  it("counts a later deposit made while an earlier lock still holds", () => {
    const later = history({
      locks: JOURNEY.locks,
      deposits: [
        { ...at(8), assets: TRIP("1"), timestamp: NOW - DAY },
        { ...at(20), assets: TRIP("7"), timestamp: NOW + DAY },
      ],
    });
    assert.deepEqual(savingsGoals(later).lockedDeposit, {
      blockNumber: 20n,
      assets: TRIP("7"),
      unlockTime: NOW + 30n * DAY,
    });
  });

  it("counts only rewards paid while the visitor held shares", () => {
    const afterLeaving = history({ ...JOURNEY, rewards: [{ ...at(15), assets: TRIP("25") }] });
    assert.equal(savingsGoals(afterLeaving).reward, undefined);
    const sameBlockAsDeposit = history({ ...JOURNEY, rewards: [{ ...at(10, 3), assets: TRIP("1") }] });
    assert.deepEqual(savingsGoals(sameBlockAsDeposit).reward, { blockNumber: 10n, assets: TRIP("1") });
  });

  it("keeps a goal once set, even after it is cleared, and shows the latest one", () => {
    const cleared = history({
      goals: [
        { ...at(3), label: "Rome", target: TRIP("100") },
        { ...at(4), label: "Lisbon", target: TRIP("300") },
        { ...at(5), label: "", target: 0n },
      ],
    });
    assert.deepEqual(savingsGoals(cleared).goal, { label: "Lisbon", target: TRIP("300") });
  });

  it("lists the newest blocks that move the share price, with what happened in each", () => {
    const logs = [
      { blockNumber: 3n, eventName: "Transfer" },
      { blockNumber: 3n, eventName: "Deposit" },
      { blockNumber: 5n, eventName: "GoalSet" },
      { blockNumber: 7n, eventName: "Rewarded" },
      { blockNumber: 7n, eventName: "Deposit" },
      { blockNumber: 7n, eventName: "Rewarded" },
      { blockNumber: 9n, eventName: "Withdraw" },
    ];
    assert.deepEqual(priceHistoryBlocks(logs, 10), [
      { blockNumber: 3n, event: "deposit" },
      { blockNumber: 7n, event: "reward, deposit" },
      { blockNumber: 9n, event: "withdrawal" },
    ]);
    assert.deepEqual(
      priceHistoryBlocks(logs, 2).map((point) => point.blockNumber),
      [7n, 9n],
    );
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

  async function refusal(call: () => Promise<unknown>, now: bigint, canFastForward = false) {
    try {
      await call();
    } catch (error) {
      return explainLabError(error, [savingsExplainer({ now, canFastForward })]);
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
    const owner = shortHex(getAddress(saver.account.address), 6);
    assert.equal(
      explained.message,
      `The vault refused with SavingsLocked(${owner}, ${unlockTime.toLocaleString("en-US")}): ` +
        `your savings are locked until ${formatTimestamp(unlockTime)} (29 d 23 h from now by the chain's clock). ` +
        "You promised not to touch them before then, and the vault keeps the promise for you: nobody can withdraw, redeem or move these shares early. Wait for the date.",
    );
  });

  it("offers time travel for an early withdrawal only where the lab can do it", async () => {
    const { timestamp: now } = await publicClient.getBlock({ blockTag: "pending" });
    const explained = await refusal(
      () =>
        publicClient.simulateContract({
          ...savingsVault,
          functionName: "redeem",
          args: [1n, saver.account.address, saver.account.address],
          account: saver.account.address,
        }),
      now,
      true,
    );
    assert.match(explained.message, /Wait for the date, or fast-forward the local chain's time below\.$/);
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
    assert.match(
      explained.message,
      /^The vault refused with UnlockTimeTooEarly\(.*\): a lock can only move later/,
    );
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
