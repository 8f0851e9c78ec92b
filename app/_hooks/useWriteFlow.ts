"use client";

import { useCallback } from "react";
import type { Abi, Address, BlockTag } from "viem";
import { useConfig } from "wagmi";
import { simulateContract, writeContract } from "wagmi/actions";

import { withKnownErrors } from "../_lib/contracts.ts";
import { UserFacingError } from "../_lib/errors.ts";
import { useDeployment } from "./useDeployment.ts";
import { useNetwork } from "./useNetwork.ts";
import { type TrackOptions, useTransactionFlow } from "./useTransactionFlow.ts";
import { useWalletReady } from "./useWalletReady.ts";

export interface WriteRequest {
  contractName: string;
  address: Address;
  abi: Abi;
  functionName: string;
  args: readonly unknown[];
  value?: bigint;
  /** The page's own words for errors it knows; see `TrackOptions.explain`. */
  explain?: TrackOptions["explain"];
}

/**
 * Every contract write goes the same way: contracts deployed? → wallet connected, on the right
 * chain? → simulate (a revert is explained before anything is signed) → write → receipt → status.
 */
export function useWriteFlow() {
  const config = useConfig();
  const network = useNetwork();
  const walletReady = useWalletReady();
  const deployment = useDeployment();
  const { track, ...flow } = useTransactionFlow();

  const write = useCallback(
    (request: WriteRequest) => {
      let simulated: unknown;
      return track(
        async ({ step, signing }) => {
          step("Checking the contract is deployed…");
          if (deployment.state === "not-in-build" || deployment.state === "missing") {
            throw new UserFacingError(
              "not-deployed",
              `${request.contractName} is not deployed on ${network.name}: deploy Wayfare first (see the banner above).`,
            );
          }
          const account = await walletReady(step);
          step("Simulating the transaction…");
          const { request: prepared, result } = await simulateContract(config, {
            address: request.address,
            abi: withKnownErrors(request.abi),
            functionName: request.functionName,
            args: request.args,
            value: request.value,
            account,
            chainId: network.chainId,
            // The transaction goes into the next block: simulate there. The last mined block's
            // timestamp can be minutes old on an idle chain, which misjudges locks and deadlines.
            blockTag: "pending",
          } as Parameters<typeof simulateContract>[1]);
          simulated = result;
          signing();
          // The block tag was for the simulation only.
          const { blockTag: _simulatedAt, ...transaction } = prepared as typeof prepared & {
            blockTag?: BlockTag;
          };
          return writeContract(config, transaction as Parameters<typeof writeContract>[1]);
        },
        {
          contractName: request.contractName,
          functionName: request.functionName,
          result: () => simulated,
          explain: request.explain,
          explainRevert: async (receipt) => {
            // Replaying the call at the block it was mined in yields the decoded revert.
            await simulateContract(config, {
              address: request.address,
              abi: withKnownErrors(request.abi),
              functionName: request.functionName,
              args: request.args,
              value: request.value,
              account: receipt.from,
              blockNumber: receipt.blockNumber,
            } as Parameters<typeof simulateContract>[1]);
            return undefined;
          },
        },
      );
    },
    [config, deployment.state, track, network, walletReady],
  );

  return { ...flow, track, write };
}
