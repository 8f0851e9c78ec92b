// Amounts typed by people: parsed into base units, or refused with one sentence to show at the field.
import { formatAmount } from "./format.ts";

export interface AmountRules {
  /** Decimals of the unit (18 for ETH and TRIP). */
  decimals: number;
  /** Shown in messages: "ETH", "TRIP". */
  symbol: string;
  /** What the person holds, when the amount is spent from it. */
  balance?: bigint;
  /** Words for the balance in the message, e.g. "your balance" or "your savings". */
  balanceName?: string;
  /** Base units the amount must be a whole multiple of (e.g. the desk's rate when selling). */
  multipleOf?: bigint;
  /** Allow zero (e.g. a free journey's price). */
  allowZero?: boolean;
  /** A limit of the caller's own, checked last: a sentence when `value` breaks it, else undefined. */
  check?: (value: bigint) => string | undefined;
}

export type AmountResult = { ok: true; value: bigint } | { ok: false; message: string };

const NUMBER = /^(\d*)(?:\.(\d*))?$/;

/** Parses "12.5" (a dot or a comma as decimal mark, spaces and thin spaces between groups ignored). */
export function parseAmountInput(text: string, rules: AmountRules): AmountResult {
  const { decimals, symbol } = rules;
  const trimmed = text.trim().replace(/[\s\u202f_]/g, "");
  if (trimmed === "") return { ok: false, message: `Enter an amount of ${symbol}.` };
  if (trimmed.startsWith("-")) return { ok: false, message: "The amount cannot be negative." };
  const normalized = trimmed.replace(",", ".");
  const match = NUMBER.exec(normalized.startsWith("+") ? normalized.slice(1) : normalized);
  if (!match || (match[1] === "" && (match[2] ?? "") === "")) {
    return { ok: false, message: `"${text.trim()}" is not a number: write it like 12.5.` };
  }
  const [, whole, fraction = ""] = match;
  const significantFraction = fraction.replace(/0+$/, "");
  if (significantFraction.length > decimals) {
    return {
      ok: false,
      message: `${symbol} has at most ${decimals} decimals; this amount has ${significantFraction.length}.`,
    };
  }
  const value = BigInt(`${whole || "0"}${significantFraction.padEnd(decimals, "0")}`);
  if (value === 0n && !rules.allowZero) return { ok: false, message: "Enter an amount greater than zero." };
  if (rules.multipleOf !== undefined && rules.multipleOf > 1n && value % rules.multipleOf !== 0n) {
    return {
      ok: false,
      message: `The amount must be a whole multiple of ${formatAmount(rules.multipleOf, decimals, decimals)} ${symbol}.`,
    };
  }
  if (rules.balance !== undefined && value > rules.balance) {
    return {
      ok: false,
      message: `That is more than ${rules.balanceName ?? "your balance"} of ${formatAmount(rules.balance, decimals, decimals)} ${symbol}.`,
    };
  }
  const refused = rules.check?.(value);
  if (refused !== undefined) return { ok: false, message: refused };
  return { ok: true, value };
}
