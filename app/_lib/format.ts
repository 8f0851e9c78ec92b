// How numbers, amounts, addresses and times are shown to people across the dApp.
import { formatUnits } from "viem";

/** `0x1234…abcd`: enough of an address or hash to recognise it, short enough for a phone. */
export function shortHex(value: string, keep = 4): string {
  if (value.length <= 2 + keep * 2 + 1) return value;
  return `${value.slice(0, 2 + keep)}…${value.slice(-keep)}`;
}

// One formatter for every grouped number: `toLocaleString` builds a new one per call, which made
// drawing a chart of a few hundred labels cost a noticeable part of a page's start-up.
const grouping = new Intl.NumberFormat("en-US");

/** Whole numbers with thousands separators: 1,234,567. */
export function formatInteger(value: bigint | number): string {
  return grouping.format(BigInt(value));
}

/**
 * A fixed-point amount (`value` / 10^`decimals`) with at most `maxFraction` decimals, rounded half
 * up, grouped by thousands; amounts too small to show say so instead of showing 0.
 */
export function formatAmount(value: bigint, decimals: number, maxFraction = 4): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const scale = 10n ** BigInt(Math.max(decimals - maxFraction, 0));
  const rounded = decimals > maxFraction ? ((magnitude + scale / 2n) / scale) * scale : magnitude;
  if (rounded === 0n && magnitude !== 0n)
    return `${negative ? ">-" : "<"}${formatUnits(1n, Math.min(maxFraction, decimals))}`;
  const [whole, fraction = ""] = formatUnits(rounded, decimals).split(".");
  const trimmed = fraction.slice(0, maxFraction).replace(/0+$/, "");
  const grouped = formatInteger(BigInt(whole));
  return `${negative ? "-" : ""}${grouped}${trimmed ? `.${trimmed}` : ""}`;
}

export function formatEth(wei: bigint, maxFraction = 4): string {
  return `${formatAmount(wei, 18, maxFraction)} ETH`;
}

/** Gas prices and fees per gas, in gwei (10^9 wei). */
export function formatGwei(wei: bigint, maxFraction = 3): string {
  return `${formatAmount(wei, 9, maxFraction)} gwei`;
}

/** "just now", "42 s ago", "3 min ago", "5 h ago", "2 d ago". */
export function formatAge(secondsAgo: number): string {
  const seconds = Math.max(0, Math.floor(secondsAgo));
  if (seconds < 2) return "just now";
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

/** A block timestamp (seconds since 1970) as "2025-05-01 14:03:09 UTC". */
export function formatTimestamp(seconds: bigint | number): string {
  return `${new Date(Number(seconds) * 1000).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** `part` as a percentage of `whole`, one decimal: "37.5 %". */
export function formatPercent(part: bigint, whole: bigint): string {
  if (whole === 0n) return "–";
  const tenths = (part * 1000n + whole / 2n) / whole;
  return `${tenths / 10n}.${tenths % 10n} %`;
}

/** Time units in seconds, as block timestamps count them. */
export const MINUTE = 60n;
export const HOUR = 60n * MINUTE;
export const DAY = 24n * HOUR;

/** A duration in its two largest units: "29 d 23 h", "5 h 12 min", "3 min 4 s", "0 s" (never negative). */
export function formatDuration(seconds: bigint): string {
  const s = seconds < 0n ? 0n : seconds;
  const parts: [bigint, string][] = [
    [s / DAY, "d"],
    [(s % DAY) / HOUR, "h"],
    [(s % HOUR) / MINUTE, "min"],
    [s % MINUTE, "s"],
  ];
  const first = parts.findIndex(([value]) => value > 0n);
  if (first === -1) return "0 s";
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0n)
    .map(([value, unit]) => `${formatInteger(value)} ${unit}`)
    .join(" ");
}
