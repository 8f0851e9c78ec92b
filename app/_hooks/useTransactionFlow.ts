"use client";

import { useCallback, useRef, useState } from "react";
import type { Hash, TransactionReceipt } from "viem";
import { useConfig } from "wagmi";
import { getBlock, waitForTransactionReceipt } from "wagmi/actions";

import { type ExplainedError, explainError } from "../_lib/errors.ts";
import { type FeeBreakdown, feeBreakdown } from "../_lib/fees.ts";

export interface MinedSummary {
  hash: Hash;
  blockNumber: bigint;
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  baseFeePerGas: bigint | null;
  fees: FeeBreakdown;
}

/** Where a transaction is, from the first check to its receipt. */
export type TransactionState =
  | { phase: "idle" }
  | { phase: "preparing"; step: string }
  | { phase: "signing" }
  | { phase: "pending"; hash: Hash }
  | { phase: "confirmed"; mined: MinedSummary; result?: unknown }
  | { phase: "reverted"; mined: MinedSummary; error: ExplainedError }
  | { phase: "failed"; error: ExplainedError };

export interface FlowControls {
  /** Shows a preparation step ("Simulating…"). */
  step(label: string): void;
  /** The wallet is asked to sign: say so. */
  signing(): void;
}

export interface TrackOptions {
  contractName?: string;
  functionName?: string;
  /** Finds why a mined transaction reverted (e.g. by replaying it as a call at its block). */
  explainRevert?: (receipt: TransactionReceipt) => Promise<unknown>;
  /** A value to show once confirmed (e.g. the simulated return value). */
  result?: () => unknown;
}

/**
 * Runs one transaction at a time through preparing → signing → pending → confirmed (with gas used,
 * effective gas price, and the fee split into burned base fee and tip) or failed, explained.
 */
export function useTransactionFlow() {
  const config = useConfig();
  const [state, setState] = useState<TransactionState>({ phase: "idle" });
  const run = useRef(0);

  const track = useCallback(
    async (send: (controls: FlowControls) => Promise<Hash>, options: TrackOptions = {}): Promise<boolean> => {
      const id = ++run.current;
      const update = (next: TransactionState) => {
        if (run.current === id) setState(next);
      };
      const context = { contractName: options.contractName, functionName: options.functionName };
      try {
        const hash = await send({
          step: (label) => update({ phase: "preparing", step: label }),
          signing: () => update({ phase: "signing" }),
        });
        update({ phase: "pending", hash });
        const receipt = await waitForTransactionReceipt(config, { hash, pollingInterval: 500 });
        const block = await getBlock(config, { blockNumber: receipt.blockNumber });
        const mined: MinedSummary = {
          hash,
          blockNumber: receipt.blockNumber,
          gasUsed: receipt.gasUsed,
          effectiveGasPrice: receipt.effectiveGasPrice,
          baseFeePerGas: block.baseFeePerGas,
          fees: feeBreakdown({ ...receipt, baseFeePerGas: block.baseFeePerGas }),
        };
        if (receipt.status === "success") {
          update({ phase: "confirmed", mined, result: options.result?.() });
          return true;
        }
        const reason = await options.explainRevert?.(receipt).catch((error: unknown) => error);
        update({
          phase: "reverted",
          mined,
          error: reason
            ? explainError(reason, context)
            : {
                kind: "reverted",
                message: "The transaction was mined but reverted; its changes were undone.",
              },
        });
        return false;
      } catch (error) {
        update({ phase: "failed", error: explainError(error, context) });
        return false;
      }
    },
    [config],
  );

  const reset = useCallback(() => {
    run.current++;
    setState({ phase: "idle" });
  }, []);

  return {
    state,
    track,
    reset,
    busy: state.phase === "preparing" || state.phase === "signing" || state.phase === "pending",
  };
}
