import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type Address, type Hash, parseEther, parseGwei } from "viem";

import { parseAmountInput } from "../app/_lib/amount-input.ts";
import {
  auctionExplainer,
  ordinal,
  outcomeOf,
  prizeFor,
  summarizeRace,
  tipRules,
  wholeGwei,
} from "../app/_lib/auction.ts";
import type { BlockEntry, RaceBlock } from "../scripts/lib/race.ts";

const QUOTE = { gas: 100_000n, maxBaseFee: parseGwei("2") };

function refusal(text: string, rules = tipRules()): string {
  const result = parseAmountInput(text, rules);
  assert.equal(result.ok, false, `"${text}" should be refused`);
  return result.ok ? "" : result.message;
}

const VISITOR: Address = "0x00000000000000000000000000000000000000aA";
const BASE_FEE = parseGwei("0.5");
const GAS = 60_000n;

function entry(bidder: string, address: Address, tipGwei: string, index: number, won = false): BlockEntry {
  const tip = parseGwei(tipGwei);
  const effectiveGasPrice = BASE_FEE + tip;
  return {
    bidder,
    address,
    hash: `0x${String(index).padStart(64, "0")}` as Hash,
    indexInBlock: index,
    status: "success",
    tip,
    effectiveGasPrice,
    gasUsed: GAS,
    feePaid: GAS * effectiveGasPrice,
    baseFeeBurned: GAS * BASE_FEE,
    tipPaid: GAS * tip,
    position: index,
    won,
  };
}

function block(transactions: BlockEntry[], gasUsed = 240_000n, gasLimit = 30_000_000n): RaceBlock {
  return {
    roundId: 3n,
    blockNumber: 40n,
    blockHash: `0x${"ab".repeat(32)}`,
    baseFeePerGas: BASE_FEE,
    blockGasUsed: gasUsed,
    blockGasLimit: gasLimit,
    feeRecipient: "0xC014BA5EC014ba5ec014Ba5EC014ba5Ec014bA5E",
    transactions,
    otherTransactions: 0,
    winner: transactions[0].address,
  };
}

describe("auction lab: tips", () => {
  it("takes a tip in gwei, down to one wei, and allows a tip of nothing", () => {
    assert.deepEqual(parseAmountInput("2.5", tipRules()), { ok: true, value: parseGwei("2.5") });
    assert.deepEqual(parseAmountInput("0.000000001", tipRules()), { ok: true, value: 1n });
    assert.deepEqual(parseAmountInput("0", tipRules()), { ok: true, value: 0n });
  });

  it("refuses an empty, negative or over-precise tip with a sentence in gwei", () => {
    assert.equal(refusal(""), "Enter an amount of gwei.");
    assert.equal(refusal("-1"), "The amount cannot be negative.");
    assert.equal(refusal("1.0000000001"), "gwei has at most 9 decimals; this amount has 10.");
    assert.equal(refusal("fast"), '"fast" is not a number: write it like 12.5.');
  });

  it("refuses a tip whose worst-case cost is more than the balance, naming the highest it covers", () => {
    // 0.001 ETH over 100,000 gas is 10 gwei per gas: 2 for the base fee cap, 8 left for the tip.
    const rules = tipRules({ balance: parseEther("0.001"), quote: QUOTE });
    assert.deepEqual(parseAmountInput("8", rules), { ok: true, value: parseGwei("8") });
    assert.match(refusal("8.000000001", rules), /Tip at most 8 gwei\.$/, "one wei more is too much");
    assert.equal(
      refusal("30", rules),
      "That is more than your balance covers: at this tip the entry may cost up to 0.0032 ETH and you hold 0.001 ETH. Tip at most 8 gwei.",
    );
  });

  it("says when the balance cannot pay an entry's gas at all", () => {
    const rules = tipRules({ balance: parseGwei("1000"), quote: QUOTE });
    assert.equal(
      refusal("0", rules),
      "Your 0.000001 ETH cannot pay for an entry's gas even without a tip (up to 0.0002 ETH): add ETH to your account first.",
    );
  });
});

describe("auction lab: the race block", () => {
  it("names the winner, the losers and what they paid for nothing, and splits the fees", () => {
    const race = block([
      entry("Bot Bo", "0x00000000000000000000000000000000000000b0", "3", 0, true),
      entry("You", VISITOR, "2", 1),
      entry("Bot Cy", "0x00000000000000000000000000000000000000c0", "1", 2),
    ]);
    const summary = summarizeRace(race, VISITOR.toLowerCase());

    assert.equal(summary.winner?.bidder, "Bot Bo");
    assert.deepEqual(
      summary.losers.map(({ bidder }) => bidder),
      ["You", "Bot Cy"],
    );
    assert.equal(summary.yours?.bidder, "You", "the visitor's entry, whatever the address's case");
    assert.equal(
      summary.paidForNothing,
      GAS * (BASE_FEE + parseGwei("2")) + GAS * (BASE_FEE + parseGwei("1")),
    );
    assert.equal(summary.burned, 3n * GAS * BASE_FEE);
    assert.equal(summary.tips, GAS * parseGwei("6"));
    assert.equal(
      summary.burned + summary.tips,
      race.transactions.reduce((sum, t) => sum + t.feePaid, 0n),
    );
    assert.deepEqual(summary.tiedWithWinner, []);
  });

  it("finds the entries tied with the winner's tip", () => {
    const summary = summarizeRace(
      block([
        entry("You", VISITOR, "3", 0, true),
        entry("Bot Bo", "0x00000000000000000000000000000000000000b0", "3", 1),
      ]),
      undefined,
    );
    assert.deepEqual(
      summary.tiedWithWinner.map(({ bidder }) => bidder),
      ["Bot Bo"],
    );
    assert.equal(summary.yours, undefined, "no visitor connected");
  });

  it("derives the next base fee from how full the race block was (EIP-1559)", () => {
    const entries = [entry("You", VISITOR, "3", 0, true)];
    const under = summarizeRace(block(entries, 240_000n, 30_000_000n), VISITOR);
    assert.equal(under.gasTarget, 15_000_000n);
    // (15,000,000 − 240,000) / 15,000,000 / 8 of 0.5 gwei less.
    assert.equal(under.nextBaseFee, BASE_FEE - (BASE_FEE * 14_760_000n) / 15_000_000n / 8n);
    const full = summarizeRace(block(entries, 30_000_000n, 30_000_000n), VISITOR);
    assert.equal(full.nextBaseFee, (BASE_FEE * 9n) / 8n, "a full block raises it by an eighth");
  });

  it("tells a winning, a late and a reverted entry apart", () => {
    const won = entry("You", VISITOR, "3", 0, true);
    assert.equal(outcomeOf(won), "won");
    assert.equal(outcomeOf({ ...won, won: false, position: 1 }), "too-late");
    assert.equal(outcomeOf({ ...won, won: false, position: null, status: "reverted" }), "reverted");
  });
});

describe("auction lab: words", () => {
  it("gives each fresh round a last seat, cycling through the routes", () => {
    assert.equal(prizeFor(0n), "Last seat on the night train to Lisbon");
    assert.equal(prizeFor(1n), "Last seat on the morning ferry to Porto");
    assert.equal(prizeFor(7n), prizeFor(0n));
    assert.notEqual(prizeFor(3n), prizeFor(4n));
  });

  it("writes places in a block as ordinals", () => {
    assert.deepEqual([0, 1, 2, 3, 10, 11, 12, 20, 21, 111].map(ordinal), [
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "112th",
    ]);
  });
});

describe("auction lab: refusals", () => {
  it("explains GasAuction's errors and leaves the others to the dApp", () => {
    const winner = "0x71bE63f3384f5fb98995898A86B02Fb2426c5788";
    assert.equal(
      auctionExplainer({ errorName: "RoundClosed", args: [4n, winner] }),
      "Round 4 was already won by 0x71bE…5788 in an earlier block: race again for a fresh seat.",
    );
    assert.equal(
      auctionExplainer({ errorName: "UnknownRound", args: [9n] }),
      "Round 9 was never opened: race again and a fresh seat is put up first.",
    );
    assert.match(
      auctionExplainer({
        errorName: "AccessControlUnauthorizedAccount",
        args: [winner, `0x${"00".repeat(32)}`],
      })!,
      /^Only GasAuction's operator may put a seat up, and 0x71bE…5788 is not one/,
    );
    assert.equal(auctionExplainer({ errorName: "ERC20InsufficientBalance", args: [] }), undefined);
  });
});

describe("auction lab: limits shown", () => {
  it("rounds a limit down to whole gwei, never up", () => {
    assert.equal(wholeGwei(parseGwei("86890026.798606939")), parseGwei("86890026"));
    assert.equal(wholeGwei(parseGwei("3")), parseGwei("3"));
    assert.equal(wholeGwei(999_999_999n), 0n);
  });
});
