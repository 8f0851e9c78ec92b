// The Auction lab's arithmetic and words: tips typed in gwei, the seat each fresh round is for, and what
// a race block shows (winner, losers and what they paid, base fee burned vs tips). The race itself, and
// the cost of an entry, come from the race module that `npm run race` uses.
import {
  type BlockEntry,
  type EntryQuote,
  type RaceBlock,
  highestAffordableTip,
  worstCaseCost,
} from "../../scripts/lib/race.ts";
import type { AmountRules } from "./amount-input.ts";
import { nextBaseFee } from "./base-fee.ts";
import { gasTarget } from "./fees.ts";
import { formatEth, formatGwei, shortHex } from "./format.ts";
import type { RevertExplainer } from "./lab-errors.ts";

/** Gas prices and tips are typed in gwei: 10^9 wei, so at most 9 decimals (1 wei). */
export const GWEI_DECIMALS = 9;

/** The bots racing the visitor, and the tips (gwei) they offer unless the visitor changes them. */
export const BOTS = [
  { name: "Bot Ada", tip: "2" },
  { name: "Bot Bo", tip: "3" },
  { name: "Bot Cy", tip: "1" },
] as const;

/** `wei` rounded down to whole gwei, for a limit shown without decimals that must not overstate it. */
export function wholeGwei(wei: bigint): bigint {
  return wei - (wei % 10n ** BigInt(GWEI_DECIMALS));
}

export type BotName = (typeof BOTS)[number]["name"];

/** The one who opens rounds on the local chain (GasAuction's operator, the deployer). */
export const OPERATOR = "Deployer";

const SEATS = [
  "the night train to Lisbon",
  "the morning ferry to Porto",
  "the sleeper to Vienna",
  "the last bus up to Sintra",
  "the seaplane to Hvar",
  "the cable car to Montserrat",
  "the coastal train to Cinque Terre",
] as const;

/** The prize of round `roundId`: a different last seat for each fresh round. */
export function prizeFor(roundId: bigint): string {
  return `Last seat on ${SEATS[Number(roundId % BigInt(SEATS.length))]}`;
}

/**
 * The rules of a tip field: gwei, zero allowed (a tip of nothing still pays the base fee), and, when
 * the bidder's balance and an entry's quote are known, no tip whose worst-case cost the balance
 * cannot cover.
 */
export function tipRules(limits?: { balance: bigint; quote: EntryQuote }): AmountRules {
  return {
    decimals: GWEI_DECIMALS,
    symbol: "gwei",
    allowZero: true,
    check: limits
      ? (tip) => {
          const { balance, quote } = limits;
          const worstCase = worstCaseCost(quote, tip);
          if (worstCase <= balance) return undefined;
          const highest = highestAffordableTip(quote, balance);
          if (highest < 0n) {
            return `Your ${formatEth(balance, 6)} cannot pay for an entry's gas even without a tip (up to ${formatEth(worstCaseCost(quote, 0n), 6)}): add ETH to your account first.`;
          }
          return `That is more than your balance covers: at this tip the entry may cost up to ${formatEth(worstCase, 6)} and you hold ${formatEth(balance, 6)}. Tip at most ${formatGwei(highest, GWEI_DECIMALS)}.`;
        }
      : undefined,
  };
}

export type EntryOutcome = "won" | "too-late" | "reverted";

export function outcomeOf(entry: BlockEntry): EntryOutcome {
  if (entry.status === "reverted") return "reverted";
  return entry.won ? "won" : "too-late";
}

/** What a race block comes to: who won, what the others paid for nothing, and where the fees went. */
export interface RaceSummary {
  winner: BlockEntry | undefined;
  /** Every other entry of the race: each paid its fee and got nothing. */
  losers: BlockEntry[];
  /** What the losers paid together. */
  paidForNothing: bigint;
  /** The base fee part of every entry's fee, destroyed. */
  burned: bigint;
  /** The tip part of every entry's fee, to the block's fee recipient. */
  tips: bigint;
  /** The visitor's entry, when they raced in this block. */
  yours: BlockEntry | undefined;
  /** Entries that offered exactly the winner's tip: arrival order broke the tie. */
  tiedWithWinner: BlockEntry[];
  /** The block's gas target (half its limit) and the base fee that follows from how full it was. */
  gasTarget: bigint;
  nextBaseFee: bigint;
}

export function summarizeRace(block: RaceBlock, visitor: string | undefined): RaceSummary {
  const winner = block.transactions.find((entry) => entry.won);
  const losers = block.transactions.filter((entry) => entry !== winner);
  const sum = (values: bigint[]) => values.reduce((total, value) => total + value, 0n);
  return {
    winner,
    losers,
    paidForNothing: sum(losers.map((entry) => entry.feePaid)),
    burned: sum(block.transactions.map((entry) => entry.baseFeeBurned)),
    tips: sum(block.transactions.map((entry) => entry.tipPaid)),
    yours: visitor
      ? block.transactions.find((entry) => entry.address.toLowerCase() === visitor.toLowerCase())
      : undefined,
    tiedWithWinner: winner ? losers.filter((entry) => entry.tip === winner.tip) : [],
    gasTarget: gasTarget(block.blockGasLimit),
    nextBaseFee: nextBaseFee(block.baseFeePerGas, block.blockGasUsed, block.blockGasLimit),
  };
}

/** "1st", "2nd", "3rd", "4th", … for places in a block (0-based index in, 1-based place out). */
export function ordinal(index: number): string {
  const place = index + 1;
  const tens = place % 100;
  if (tens >= 11 && tens <= 13) return `${place}th`;
  return `${place}${{ 1: "st", 2: "nd", 3: "rd" }[place % 10] ?? "th"}`;
}

/** GasAuction's refusals a visitor can meet, in words. */
export const auctionExplainer: RevertExplainer = ({ errorName, args }) => {
  switch (errorName) {
    case "RoundClosed":
      return `Round ${args[0]} was already won by ${shortHex(String(args[1]))} in an earlier block: race again for a fresh seat.`;
    case "UnknownRound":
      return `Round ${args[0]} was never opened: race again and a fresh seat is put up first.`;
    case "AccessControlUnauthorizedAccount":
      return `Only GasAuction's operator may put a seat up, and ${shortHex(String(args[0]))} is not one: was GasAuction deployed by another account?`;
    default:
      return undefined;
  }
};
