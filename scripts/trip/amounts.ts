// Amounts as people type them ("1.5") and as the chain keeps them (base units, 18 decimals).
import { formatUnits, parseUnits } from "ethers";

import { CliError } from "./errors.ts";

/** ETH and TRIP both have 18 decimals. */
const DECIMALS = 18;
const DECIMAL_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

export type Unit = "ETH" | "TRIP";

/** A positive amount of `unit` from its decimal text, exactly (never through floating point). */
export function parseAmount(text: string, unit: Unit): bigint {
  if (!DECIMAL_NUMBER.test(text)) {
    throw new CliError(`"${text}" is not an amount of ${unit}: write a positive number such as 1.5.`);
  }
  const [whole, fraction = ""] = text.split(".");
  if (fraction.length > DECIMALS) {
    throw new CliError(`"${text}" has more than ${DECIMALS} decimals, the most ${unit} can be divided into.`);
  }
  const value = parseUnits(`${whole || "0"}.${fraction || "0"}`, DECIMALS);
  if (value === 0n) throw new CliError(`The amount of ${unit} must be more than 0.`);
  return value;
}

/** `value` base units as a decimal number, all digits kept ("1487.5"). */
export function formatDecimal(value: bigint): string {
  return formatUnits(value, DECIMALS);
}

export function formatAmount(value: bigint, unit: Unit): string {
  return `${formatDecimal(value)} ${unit}`;
}
