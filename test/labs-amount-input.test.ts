import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parseEther } from "viem";

import { parseAmountInput } from "../app/_lib/amount-input.ts";

const TRIP = { decimals: 18, symbol: "TRIP" };

function message(text: string, rules: Parameters<typeof parseAmountInput>[1] = TRIP): string {
  const result = parseAmountInput(text, rules);
  assert.equal(result.ok, false, `"${text}" should be refused`);
  return result.ok ? "" : result.message;
}

describe("amount input", () => {
  it("parses whole and decimal amounts into base units", () => {
    assert.deepEqual(parseAmountInput("12.5", TRIP), { ok: true, value: parseEther("12.5") });
    assert.deepEqual(parseAmountInput(" 1 000,25 ", TRIP), { ok: true, value: parseEther("1000.25") });
    assert.deepEqual(parseAmountInput(".5", TRIP), { ok: true, value: parseEther("0.5") });
    assert.deepEqual(parseAmountInput("3.", TRIP), { ok: true, value: parseEther("3") });
    assert.deepEqual(parseAmountInput("0.000000000000000001", TRIP), { ok: true, value: 1n });
  });

  it("refuses an empty field", () => {
    assert.equal(message("  "), "Enter an amount of TRIP.");
  });

  it("refuses a negative amount", () => {
    assert.equal(message("-3"), "The amount cannot be negative.");
  });

  it("refuses what is not a number", () => {
    assert.equal(message("12.5.1"), '"12.5.1" is not a number: write it like 12.5.');
    assert.equal(message("abc"), '"abc" is not a number: write it like 12.5.');
    assert.equal(message("."), '"." is not a number: write it like 12.5.');
    assert.equal(message("1e18"), '"1e18" is not a number: write it like 12.5.');
  });

  it("refuses more decimals than the unit has, ignoring trailing zeros", () => {
    assert.equal(message("0.0000000000000000001"), "TRIP has at most 18 decimals; this amount has 19.");
    assert.deepEqual(parseAmountInput("1.50000000000000000000", TRIP), {
      ok: true,
      value: parseEther("1.5"),
    });
    assert.equal(
      message("1.001", { decimals: 2, symbol: "EUR" }),
      "EUR has at most 2 decimals; this amount has 3.",
    );
  });

  it("refuses zero unless allowed", () => {
    assert.equal(message("0"), "Enter an amount greater than zero.");
    assert.deepEqual(parseAmountInput("0", { ...TRIP, allowZero: true }), { ok: true, value: 0n });
  });

  it("refuses more than the balance, naming it", () => {
    assert.equal(
      message("5", { ...TRIP, balance: parseEther("4.5") }),
      "That is more than your balance of 4.5 TRIP.",
    );
    assert.equal(
      message("5", { ...TRIP, balance: parseEther("1"), balanceName: "your savings" }),
      "That is more than your savings of 1 TRIP.",
    );
    assert.deepEqual(parseAmountInput("4.5", { ...TRIP, balance: parseEther("4.5") }), {
      ok: true,
      value: parseEther("4.5"),
    });
  });

  it("refuses amounts that are not a multiple of the step", () => {
    assert.equal(
      message("0.0000000000000015", { ...TRIP, multipleOf: 1000n }),
      "The amount must be a whole multiple of 0.000000000000001 TRIP.",
    );
    assert.deepEqual(parseAmountInput("1", { ...TRIP, multipleOf: 1000n }), {
      ok: true,
      value: parseEther("1"),
    });
  });
});
