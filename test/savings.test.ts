import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { encodeAbiParameters, getAddress, parseEther } from "viem";

import WayfareModule from "../deploy/modules/Wayfare.ts";

const THIRTY_DAYS = 30n * 24n * 60n * 60n;
/** svTRIP base units per TRIP base unit while the vault is fresh: 10^decimalsOffset. */
const VIRTUAL_SHARES = 10n ** 6n;

describe("Saving for a trip in the SavingsVault", async () => {
  const { ignition, networkHelpers, viem } = await network.create();
  const { tripToken, tripExchange, savingsVault } = await ignition.deploy(WayfareModule);
  const [, , , , , sponsorWallet, saverWallet] = await viem.getWalletClients();
  const sponsor = { account: sponsorWallet.account };
  const saver = { account: saverWallet.account };
  const saverAddress = getAddress(saverWallet.account.address);

  it("saves with a lock in one transferAndCall, refuses an early redeem, and pays the yield after the unlock", async () => {
    const deposit = parseEther("600");
    const reward = parseEther("60");
    await tripExchange.write.buy({ ...saver, value: parseEther("1") });
    const unlockTime = BigInt(await networkHelpers.time.latest()) + THIRTY_DAYS;

    // One transaction, no approval: TRIP's ERC-1363 transferAndCall with the unlock time as data.
    const lockData = encodeAbiParameters([{ type: "uint64" }], [unlockTime]);
    await viem.assertions.emitWithArgs(
      tripToken.write.transferAndCall([savingsVault.address, deposit, lockData], saver),
      savingsVault,
      "UnlockTimeSet",
      [saverAddress, unlockTime],
    );
    const shares = await savingsVault.read.balanceOf([saverAddress]);
    assert.equal(shares, deposit * VIRTUAL_SHARES);
    assert.equal(await savingsVault.read.unlockTime([saverAddress]), unlockTime);
    assert.equal(await savingsVault.read.maxRedeem([saverAddress]), 0n);

    await viem.assertions.revertWithCustomErrorWithArgs(
      savingsVault.write.redeem([shares, saverAddress, saverAddress], saver),
      savingsVault,
      "SavingsLocked",
      [saverAddress, unlockTime],
    );

    // The sponsor pays a 10 % reward while the savings are locked.
    await tripExchange.write.buy({ ...sponsor, value: parseEther("1") });
    await tripToken.write.approve([savingsVault.address, reward], sponsor);
    await viem.assertions.emitWithArgs(
      savingsVault.write.reward([reward], sponsor),
      savingsVault,
      "Rewarded",
      [getAddress(sponsorWallet.account.address), reward],
    );

    await networkHelpers.time.increaseTo(unlockTime);
    const expected = await savingsVault.read.previewRedeem([shares]);
    const before = await tripToken.read.balanceOf([saverAddress]);
    await savingsVault.write.redeem([shares, saverAddress, saverAddress], saver);
    const received = (await tripToken.read.balanceOf([saverAddress])) - before;

    assert.equal(received, expected);
    // Deposit plus reward, less at most one wei kept by the vault's rounding.
    assert.ok(received <= deposit + reward && received >= deposit + reward - 1n, `received ${received}`);
    assert.equal(await savingsVault.read.totalSupply(), 0n);
  });

  it("keeps the saver's goal for the progress bar", async () => {
    const target = parseEther("1500");
    await viem.assertions.emitWithArgs(
      savingsVault.write.setGoal(["Two weeks in Lisbon", target], saver),
      savingsVault,
      "GoalSet",
      [saverAddress, "Two weeks in Lisbon", target],
    );
    assert.deepEqual(await savingsVault.read.goal([saverAddress]), ["Two weeks in Lisbon", target]);
  });
});
