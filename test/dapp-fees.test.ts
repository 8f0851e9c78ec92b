import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { feeBreakdown, gasTarget } from "../app/_lib/fees.ts";

describe("dApp fee arithmetic", () => {
  it("splits a fee into the burned base fee and the tip", () => {
    const split = feeBreakdown({
      gasUsed: 21_000n,
      effectiveGasPrice: 3_000_000_000n,
      baseFeePerGas: 1_000_000_000n,
    });
    assert.equal(split.fee, 63_000_000_000_000n);
    assert.equal(split.burned, 21_000_000_000_000n);
    assert.equal(split.tip, 42_000_000_000_000n);
    assert.equal(split.tipPerGas, 2_000_000_000n);
  });

  it("counts the whole fee as tip before London (no base fee)", () => {
    const split = feeBreakdown({ gasUsed: 50_000n, effectiveGasPrice: 10n, baseFeePerGas: null });
    assert.deepEqual(split, { fee: 500_000n, burned: 0n, tip: 500_000n, tipPerGas: 10n });
  });

  it("never reports a negative tip", () => {
    const split = feeBreakdown({ gasUsed: 100n, effectiveGasPrice: 5n, baseFeePerGas: 7n });
    assert.equal(split.tip, 0n);
    assert.equal(split.burned, split.fee);
  });

  it("targets half of the gas limit", () => {
    assert.equal(gasTarget(30_000_000n), 15_000_000n);
  });
});
