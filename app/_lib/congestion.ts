// Congestion on the local chain: blocks filled to their gas limit, so the base fee rises 12.5 % a
// block, with a few heavy transactions instead of thousands of transfers or a special contract.
import type { Address, Hex } from "viem";

import { nextBaseFee } from "./base-fee.ts";
import type { RpcRequester } from "./gas-anatomy.ts";
import { mineBlocks, sendAsUnlocked, setAutomine } from "./local-node.ts";

/**
 * Init code of one byte, the INVALID opcode (0xFE): a contract creation that fails at once and, like
 * every exceptional halt, burns all the gas it was given.
 */
export const BURN_ALL_GAS_INIT_CODE: Hex = "0xfe";

/** EIP-7825 (Osaka): no transaction may ask for more than 2^24 gas. */
const TX_GAS_CAP = 2n ** 24n;

/** The intrinsic gas of the gas burner: 21,000 + one non-zero byte (16) + creation (32,000 + 2). */
export const BURNER_INTRINSIC_GAS = 21_000n + 16n + 32_000n + 2n;

/** How many full blocks the congestion button mines at a time. */
export const CONGESTION_BLOCKS = 3;

/**
 * Gas limits of gas burners that together use exactly `blockGasLimit`: as few as the per-transaction
 * cap allows, split evenly (so none falls below the burner's own intrinsic gas).
 */
export function blockFillingGasLimits(blockGasLimit: bigint, txGasCap: bigint = TX_GAS_CAP): bigint[] {
  if (blockGasLimit < BURNER_INTRINSIC_GAS) return [];
  const count = (blockGasLimit + txGasCap - 1n) / txGasCap;
  const share = blockGasLimit / count;
  const extra = blockGasLimit % count;
  return Array.from({ length: Number(count) }, (_, index) => share + (BigInt(index) < extra ? 1n : 0n));
}

/** The base fees after each of `blocks` full blocks, starting from `baseFee`. */
export function baseFeesAfterFullBlocks(baseFee: bigint, gasLimit: bigint, blocks: number): bigint[] {
  const fees: bigint[] = [];
  let fee = baseFee;
  for (let block = 0; block < blocks; block++) {
    fee = nextBaseFee(fee, gasLimit, gasLimit);
    fees.push(fee);
  }
  return fees;
}

/**
 * Fills `blocks` blocks to their gas limit, one after another, with gas burners sent by `from` (an
 * unlocked account of the local node). Automine is paused while each block's burners are sent, and is
 * on again when this settles.
 */
export async function fillBlocks(
  client: RpcRequester,
  options: { from: Address; blockGasLimit: bigint; blocks: number },
): Promise<void> {
  for (let block = 0; block < options.blocks; block++) {
    await setAutomine(client, false);
    try {
      for (const gas of blockFillingGasLimits(options.blockGasLimit)) {
        await sendAsUnlocked(client, { from: options.from, data: BURN_ALL_GAS_INIT_CODE, gas });
      }
      await mineBlocks(client, 1);
    } finally {
      await setAutomine(client, true);
    }
  }
}
