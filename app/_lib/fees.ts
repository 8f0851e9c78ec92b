// EIP-1559 arithmetic: what a transaction paid, how much of it was burned, and how full a block was.

/** EIP-1559's elasticity multiplier: a block targets half of its gas limit. */
export const ELASTICITY_MULTIPLIER = 2n;

export interface FeeBreakdown {
  /** Total paid: gas used × effective gas price. */
  fee: bigint;
  /** Destroyed by the protocol: gas used × the block's base fee. */
  burned: bigint;
  /** Paid to the block's builder: the rest. */
  tip: bigint;
  /** The priority fee per gas the transaction ended up paying. */
  tipPerGas: bigint;
}

/**
 * Splits a mined transaction's fee into the burned base fee and the builder's tip. Blocks before
 * London have no base fee: all of the fee is then the tip.
 */
export function feeBreakdown(input: {
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  baseFeePerGas: bigint | null | undefined;
}): FeeBreakdown {
  const baseFee = input.baseFeePerGas ?? 0n;
  const tipPerGas = input.effectiveGasPrice > baseFee ? input.effectiveGasPrice - baseFee : 0n;
  const fee = input.gasUsed * input.effectiveGasPrice;
  const burned = input.gasUsed * (input.effectiveGasPrice < baseFee ? input.effectiveGasPrice : baseFee);
  return { fee, burned, tip: fee - burned, tipPerGas };
}

/** The gas a block aims for: when blocks use more, the base fee rises; less, and it falls. */
export function gasTarget(gasLimit: bigint): bigint {
  return gasLimit / ELASTICITY_MULTIPLIER;
}
