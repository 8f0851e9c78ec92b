"use client";

import { useQuery } from "@tanstack/react-query";
import { type Address, type Hash, getAddress } from "viem";
import { usePublicClient } from "wagmi";

import { contractOn, nameOf } from "../_lib/contracts.ts";
import { shortHex } from "../_lib/format.ts";
import {
  type ExecutionSummary,
  type RpcRequester,
  gasAnatomy,
  isPragueBlock,
  summarizeTrace,
  traceTransaction,
} from "../_lib/gas-anatomy.ts";
import { addressesInTopics, tokenSlotNamer } from "../_lib/storage-names.ts";
import { useNetwork } from "./useNetwork.ts";

/**
 * A mined transaction's gas anatomy: its receipt, its block, and (where the node can trace it) its
 * opcode trace, with TRIP's storage slots named after the accounts involved.
 */
export function useGasAnatomy(hash: Hash | undefined) {
  const client = usePublicClient();
  const { chainId } = useNetwork();
  return useQuery({
    queryKey: ["wayfare", "gas-anatomy", chainId, hash],
    enabled: Boolean(client && hash),
    staleTime: Infinity,
    retry: false,
    queryFn: async () => {
      const [tx, receipt] = await Promise.all([
        client!.getTransaction({ hash: hash! }),
        client!.getTransactionReceipt({ hash: hash! }),
      ]);
      const block = await client!.getBlock({ blockNumber: receipt.blockNumber });
      let execution: ExecutionSummary | undefined;
      try {
        const trace = await traceTransaction(client as unknown as RpcRequester, hash!);
        execution = summarizeTrace(trace, tx.to ?? receipt.contractAddress ?? null);
      } catch {
        // Public RPCs rarely offer debug_traceTransaction: the anatomy then says less.
        execution = undefined;
      }
      const trip = contractOn(chainId, "TripToken");
      const accounts: Address[] = [tx.from, ...(tx.to ? [tx.to] : []), ...addressesInTopics(receipt.logs)];
      const label = (address: Address) =>
        nameOf(chainId, getAddress(address)) ?? shortHex(getAddress(address));
      const anatomy = gasAnatomy({
        input: tx.input,
        to: tx.to,
        accessList: tx.accessList,
        gasUsed: receipt.gasUsed,
        effectiveGasPrice: receipt.effectiveGasPrice,
        baseFeePerGas: block.baseFeePerGas,
        prague: isPragueBlock(block),
        execution,
        nameSlot: trip
          ? tokenSlotNamer({ address: trip.address, symbol: "TRIP" }, accounts, label)
          : undefined,
      });
      return { tx, receipt, block, anatomy, traced: execution !== undefined };
    },
  });
}
