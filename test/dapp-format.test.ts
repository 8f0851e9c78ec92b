import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  formatAge,
  formatAmount,
  formatEth,
  formatGwei,
  formatInteger,
  formatPercent,
  formatTimestamp,
  shortHex,
} from "../app/_lib/format.ts";

describe("dApp formatting", () => {
  it("shortHex keeps both ends of long hex and leaves short hex alone", () => {
    assert.equal(shortHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), "0x7099…79C8");
    assert.equal(shortHex("0x1234"), "0x1234");
  });

  it("formatInteger groups thousands", () => {
    assert.equal(formatInteger(1234567n), "1,234,567");
    assert.equal(formatInteger(21000), "21,000");
  });

  it("formatAmount rounds half up, trims zeros and flags dust", () => {
    assert.equal(formatAmount(1_500_000_000_000_000_000n, 18), "1.5");
    assert.equal(formatAmount(1_234_567_000_000_000_000_000n, 18), "1,234.567");
    assert.equal(formatAmount(123_456_789n, 9, 3), "0.123");
    assert.equal(formatAmount(123_500_000n, 9, 3), "0.124");
    assert.equal(formatAmount(1n, 18), "<0.0001");
    assert.equal(formatAmount(0n, 18), "0");
    assert.equal(formatAmount(-2_000_000_000_000_000_000n, 18), "-2");
    assert.equal(formatAmount(42n, 0), "42");
  });

  it("formatEth and formatGwei name their unit", () => {
    assert.equal(formatEth(10n ** 18n), "1 ETH");
    assert.equal(formatGwei(1_875_000_000n), "1.875 gwei");
  });

  it("formatAge reads like a person would say it", () => {
    assert.equal(formatAge(0), "just now");
    assert.equal(formatAge(42), "42 s ago");
    assert.equal(formatAge(185), "3 min ago");
    assert.equal(formatAge(5 * 3600 + 10), "5 h ago");
    assert.equal(formatAge(2 * 86_400), "2 d ago");
  });

  it("formatTimestamp is UTC to the second", () => {
    assert.equal(formatTimestamp(1_700_000_000n), "2023-11-14 22:13:20 UTC");
  });

  it("formatPercent has one decimal and survives a zero whole", () => {
    assert.equal(formatPercent(15_000_000n, 30_000_000n), "50.0 %");
    assert.equal(formatPercent(1n, 3n), "33.3 %");
    assert.equal(formatPercent(1n, 0n), "–");
  });
});
