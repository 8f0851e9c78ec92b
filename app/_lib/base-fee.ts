// EIP-1559's base fee, block by block: how full each block was against its target, what base fee it
// charged, and the rule that sets the next one (up to 12.5 % up after a full block, down after an empty
// one). Rows come from `eth_feeHistory`, which every Ethereum node answers.
import { ELASTICITY_MULTIPLIER } from "./fees.ts";

/** The base fee moves by at most 1/8 (12.5 %) per block. */
export const BASE_FEE_MAX_CHANGE_DENOMINATOR = 8n;

/** `eth_feeHistory`'s result as viem returns it (`getFeeHistory`). */
export interface FeeHistory {
  oldestBlock: bigint;
  /** One per block, plus the next block's (already fixed by the newest block). */
  baseFeePerGas: readonly bigint[];
  /** Gas used ÷ gas limit, one per block. */
  gasUsedRatio: readonly number[];
}

export interface BaseFeeRow {
  blockNumber: bigint;
  baseFeePerGas: bigint;
  /** Gas used ÷ gas limit (0 to 1); the target is 0.5. */
  gasUsedRatio: number;
  /** Gas used ÷ target (0 to 2): above 1 the next base fee rises. */
  fullness: number;
  /** Change from the previous block's base fee, in percent (null for the first row). */
  changePercent: number | null;
}

export interface BaseFeeSeries {
  rows: BaseFeeRow[];
  /** The base fee the next block will charge. */
  nextBaseFeePerGas: bigint;
  /** Its change from the newest block's, in percent. */
  nextChangePercent: number | null;
}

function percentChange(from: bigint, to: bigint): number | null {
  if (from === 0n) return null;
  // Basis points in bigint, then to a number: exact for any realistic fee.
  return Number(((to - from) * 10_000n) / from) / 100;
}

/** Rows for a chart and a table, oldest first. */
export function baseFeeSeries(history: FeeHistory): BaseFeeSeries {
  const count = history.gasUsedRatio.length;
  if (history.baseFeePerGas.length !== count + 1) {
    throw new Error(
      `eth_feeHistory returned ${history.baseFeePerGas.length} base fees for ${count} blocks; expected one more.`,
    );
  }
  const rows = history.gasUsedRatio.map((gasUsedRatio, index): BaseFeeRow => {
    const baseFeePerGas = history.baseFeePerGas[index];
    return {
      blockNumber: history.oldestBlock + BigInt(index),
      baseFeePerGas,
      gasUsedRatio,
      fullness: gasUsedRatio * Number(ELASTICITY_MULTIPLIER),
      changePercent: index === 0 ? null : percentChange(history.baseFeePerGas[index - 1], baseFeePerGas),
    };
  });
  const nextBaseFeePerGas = history.baseFeePerGas[count];
  return {
    rows,
    nextBaseFeePerGas,
    nextChangePercent:
      count === 0 ? null : percentChange(history.baseFeePerGas[count - 1], nextBaseFeePerGas),
  };
}

/**
 * EIP-1559's rule: the base fee of the block after one with `gasUsed` of `gasLimit` at `baseFee`.
 * Above the target (half the limit) it rises by up to 1/8, by at least 1 wei; below it falls by up to 1/8.
 */
export function nextBaseFee(baseFee: bigint, gasUsed: bigint, gasLimit: bigint): bigint {
  const target = gasLimit / ELASTICITY_MULTIPLIER;
  if (target === 0n || gasUsed === target) return baseFee;
  if (gasUsed > target) {
    const delta = (baseFee * (gasUsed - target)) / target / BASE_FEE_MAX_CHANGE_DENOMINATOR;
    return baseFee + (delta > 1n ? delta : 1n);
  }
  return baseFee - (baseFee * (target - gasUsed)) / target / BASE_FEE_MAX_CHANGE_DENOMINATOR;
}

/** One sentence on what the newest block did to the base fee, for the chart's caption. */
export function describeBaseFeeTrend(series: BaseFeeSeries): string {
  const newest = series.rows.at(-1);
  if (!newest || series.nextChangePercent === null) return "No blocks yet.";
  const used = `${Math.round(newest.gasUsedRatio * 100)} % full (target 50 %)`;
  const change = series.nextChangePercent;
  if (change > 0)
    return `Block ${newest.blockNumber} was ${used}, so the next base fee rises ${change.toFixed(2)} %.`;
  if (change < 0)
    return `Block ${newest.blockNumber} was ${used}, so the next base fee falls ${(-change).toFixed(2)} %.`;
  return `Block ${newest.blockNumber} was ${used}: exactly on target, the base fee stays.`;
}
