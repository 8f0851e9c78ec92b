import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import type { Hash } from "viem";

import { baseFeeSeries, describeBaseFeeTrend, nextBaseFee } from "../app/_lib/base-fee.ts";
import {
  BURNER_INTRINSIC_GAS,
  BURN_ALL_GAS_INIT_CODE,
  baseFeesAfterFullBlocks,
  blockFillingGasLimits,
} from "../app/_lib/congestion.ts";

describe("base fee rule (EIP-1559)", () => {
  const GWEI = 1_000_000_000n;

  it("rises 12.5 % after a full block and falls 12.5 % after an empty one", () => {
    assert.equal(nextBaseFee(8n * GWEI, 30_000_000n, 30_000_000n), 9n * GWEI);
    assert.equal(nextBaseFee(8n * GWEI, 0n, 30_000_000n), 7n * GWEI);
  });

  it("stays on target and moves in proportion in between", () => {
    assert.equal(nextBaseFee(8n * GWEI, 15_000_000n, 30_000_000n), 8n * GWEI);
    assert.equal(nextBaseFee(8n * GWEI, 22_500_000n, 30_000_000n), 8n * GWEI + GWEI / 2n);
  });

  it("rises by at least 1 wei above target", () => {
    assert.equal(nextBaseFee(7n, 15_000_001n, 30_000_000n), 8n);
  });
});

describe("base fee series", () => {
  const history = {
    oldestBlock: 10n,
    baseFeePerGas: [800n, 900n, 900n, 787n],
    gasUsedRatio: [1, 0.5, 0],
  };

  it("makes one row per block with its fullness against the target and its change", () => {
    const series = baseFeeSeries(history);
    assert.deepEqual(
      series.rows.map((row) => [row.blockNumber, row.baseFeePerGas, row.fullness, row.changePercent]),
      [
        [10n, 800n, 2, null],
        [11n, 900n, 1, 12.5],
        [12n, 900n, 0, 0],
      ],
    );
    assert.equal(series.nextBaseFeePerGas, 787n);
    assert.equal(series.nextChangePercent, -12.55);
  });

  it("says what the newest block did", () => {
    assert.equal(
      describeBaseFeeTrend(baseFeeSeries(history)),
      "Block 12 was 0 % full (target 50 %), so the next base fee falls 12.55 %.",
    );
    assert.equal(
      describeBaseFeeTrend(baseFeeSeries({ oldestBlock: 1n, baseFeePerGas: [8n, 9n], gasUsedRatio: [1] })),
      "Block 1 was 100 % full (target 50 %), so the next base fee rises 12.50 %.",
    );
  });

  it("refuses a history whose base fees do not match its blocks", () => {
    assert.throws(
      () => baseFeeSeries({ oldestBlock: 1n, baseFeePerGas: [1n], gasUsedRatio: [0.5] }),
      /expected one more/,
    );
  });
});

describe("congestion plan", () => {
  it("predicts 12.5 % more per full block", () => {
    assert.deepEqual(baseFeesAfterFullBlocks(512n, 60_000_000n, 3), [576n, 648n, 729n]);
  });

  it("fills a block with as few capped gas burners as possible", () => {
    assert.deepEqual(blockFillingGasLimits(60_000_000n), [
      15_000_000n,
      15_000_000n,
      15_000_000n,
      15_000_000n,
    ]);
    assert.deepEqual(blockFillingGasLimits(200_002n, 100_000n), [66_668n, 66_667n, 66_667n]);
    assert.deepEqual(blockFillingGasLimits(1_000_000n), [1_000_000n]);
  });

  it("never makes a burner too small to be a transaction", () => {
    const limits = blockFillingGasLimits(2n * 100_000n + 10n, 100_000n);
    assert.equal(
      limits.reduce((sum, gas) => sum + gas, 0n),
      200_010n,
    );
    assert.ok(limits.every((gas) => gas >= BURNER_INTRINSIC_GAS && gas <= 100_000n));
  });
});

describe("base fee on the chain", async () => {
  const { viem, networkHelpers } = await network.create();
  const publicClient = await viem.getPublicClient();
  const testClient = await viem.getTestClient();
  const [sender] = await viem.getWalletClients();

  it("a block filled by gas burners raises the next base fee by 12.5 %", async () => {
    const before = await publicClient.getBlock();
    await testClient.setAutomine(false);
    const hashes: Hash[] = [];
    for (const gas of blockFillingGasLimits(before.gasLimit)) {
      hashes.push(await sender.sendTransaction({ data: BURN_ALL_GAS_INIT_CODE, gas }));
    }
    await networkHelpers.mine(1);
    await testClient.setAutomine(true);
    const receipts = await Promise.all(
      hashes.map((hash) => publicClient.waitForTransactionReceipt({ hash })),
    );
    assert.ok(receipts.every((receipt) => receipt.blockNumber === receipts[0].blockNumber));
    const block = await publicClient.getBlock({ blockNumber: receipts[0].blockNumber });
    assert.equal(block.gasUsed, block.gasLimit);
    const history = await publicClient.getFeeHistory({
      blockCount: 1,
      blockNumber: block.number,
      rewardPercentiles: [],
    });
    const series = baseFeeSeries(history);
    assert.equal(series.rows[0].gasUsedRatio, 1);
    assert.equal(series.nextBaseFeePerGas, nextBaseFee(block.baseFeePerGas!, block.gasUsed, block.gasLimit));
    assert.equal(series.nextChangePercent, 12.5);
  });
});
