"use client";

// Reads for the explorer, straight from the node through wagmi's public client (no indexer).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type AbiFunction,
  type Address,
  type Block,
  type Hash,
  type Transaction,
  type TransactionReceipt,
  isAddressEqual,
} from "viem";
import { useBlockNumber, usePublicClient } from "wagmi";

import { decodeCall, withKnownErrors } from "../_lib/contracts.ts";
import { useNetwork } from "./useNetwork.ts";

/** How many of the newest blocks the explorer's front page lists. */
export const LATEST_BLOCKS = 12;
/** How far back the address page looks for transactions (the explorer has no index). */
export const ADDRESS_SCAN_BLOCKS = 1_000n;
const ADDRESS_SCAN_BATCH = 50n;
const ADDRESS_MAX_TRANSACTIONS = 50;

/** The newest blocks, updated as blocks arrive. */
export function useLatestBlocks(count = LATEST_BLOCKS) {
  const client = usePublicClient();
  const { data: latest } = useBlockNumber({ watch: true });
  return useQuery({
    queryKey: ["wayfare", "latest-blocks", latest, count],
    enabled: Boolean(client) && latest !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const numbers = Array.from(
        { length: Math.min(count, Number(latest!) + 1) },
        (_, i) => latest! - BigInt(i),
      );
      return Promise.all(numbers.map((blockNumber) => client!.getBlock({ blockNumber })));
    },
  });
}

export interface BlockWithReceipts {
  block: Block<bigint, true>;
  receipts: TransactionReceipt[];
  latest: bigint;
}

/** A block with its transactions and their receipts, or null when the chain has no such block yet. */
export function useBlockWithReceipts(blockNumber: bigint) {
  const client = usePublicClient();
  const { data: latest } = useBlockNumber({ watch: true });
  return useQuery({
    queryKey: ["wayfare", "block", blockNumber, latest],
    enabled: Boolean(client) && latest !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async (): Promise<BlockWithReceipts | null> => {
      if (blockNumber > latest!) return null;
      const block = await client!.getBlock({ blockNumber, includeTransactions: true });
      const receipts = await Promise.all(
        block.transactions.map((tx) => client!.getTransactionReceipt({ hash: tx.hash })),
      );
      return { block, receipts, latest: latest! };
    },
  });
}

export interface TransactionDetails {
  tx: Transaction;
  receipt: TransactionReceipt | null;
  block: Block | null;
}

/** A transaction, its receipt (null while pending) and its block; null when the node has no such tx. */
export function useTransactionDetails(hash: Hash) {
  const client = usePublicClient();
  const { data: latest } = useBlockNumber({ watch: true });
  return useQuery({
    queryKey: ["wayfare", "transaction", hash, latest],
    enabled: Boolean(client),
    placeholderData: keepPreviousData,
    queryFn: async (): Promise<TransactionDetails | null> => {
      const tx = await client!.getTransaction({ hash }).catch((error: unknown) => {
        if (error instanceof Error && error.name === "TransactionNotFoundError") return null;
        throw error;
      });
      if (!tx) return null;
      const receipt = await client!.getTransactionReceipt({ hash }).catch(() => null);
      const block = receipt ? await client!.getBlock({ blockNumber: receipt.blockNumber }) : null;
      return { tx, receipt, block };
    },
  });
}

/**
 * Why a mined transaction reverted: it is replayed as a call on the state before its block, with
 * the ABI of the contract it called, so the custom error comes back decoded. Best effort.
 */
export function useRevertReason(details: TransactionDetails | null | undefined) {
  const client = usePublicClient();
  const { chainId } = useNetwork();
  const reverted = details?.receipt?.status === "reverted";
  return useQuery({
    queryKey: ["wayfare", "revert-reason", details?.tx.hash],
    enabled: Boolean(client) && reverted,
    staleTime: Infinity,
    queryFn: async (): Promise<unknown> => {
      const { tx, receipt } = details!;
      const decoded = decodeCall(chainId, tx.to, tx.input);
      const abi = withKnownErrors(decoded ? [decoded.abiItem as AbiFunction] : []);
      try {
        if (decoded && tx.to) {
          await client!.simulateContract({
            address: tx.to,
            abi,
            functionName: decoded.functionName,
            args: decoded.args,
            account: tx.from,
            value: tx.value,
            blockNumber: receipt!.blockNumber - 1n,
          } as unknown as Parameters<NonNullable<typeof client>["simulateContract"]>[0]);
        } else {
          await client!.call({
            account: tx.from,
            to: tx.to,
            data: tx.input,
            value: tx.value,
            blockNumber: receipt!.blockNumber - 1n,
          });
        }
        return null;
      } catch (error) {
        return error;
      }
    },
  });
}

export interface AddressTransaction {
  tx: Transaction;
  blockTimestamp: bigint;
}

/** The address's transactions (sent or received) among the newest blocks, newest first. */
export function useAddressActivity(address: Address) {
  const client = usePublicClient();
  const { data: latest } = useBlockNumber({ watch: true });
  return useQuery({
    queryKey: ["wayfare", "address-activity", address, latest],
    enabled: Boolean(client) && latest !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const found: AddressTransaction[] = [];
      const oldest = latest! >= ADDRESS_SCAN_BLOCKS ? latest! - ADDRESS_SCAN_BLOCKS + 1n : 0n;
      for (
        let top = latest!;
        top >= oldest && found.length < ADDRESS_MAX_TRANSACTIONS;
        top -= ADDRESS_SCAN_BATCH
      ) {
        const bottom = top - ADDRESS_SCAN_BATCH + 1n > oldest ? top - ADDRESS_SCAN_BATCH + 1n : oldest;
        const numbers = Array.from({ length: Number(top - bottom) + 1 }, (_, i) => top - BigInt(i));
        const blocks = await Promise.all(
          numbers.map((blockNumber) => client!.getBlock({ blockNumber, includeTransactions: true })),
        );
        for (const block of blocks) {
          for (const tx of [...block.transactions].reverse()) {
            if (isAddressEqual(tx.from, address) || (tx.to && isAddressEqual(tx.to, address))) {
              found.push({ tx, blockTimestamp: block.timestamp });
            }
          }
        }
        if (bottom === 0n) break;
      }
      return { transactions: found.slice(0, ADDRESS_MAX_TRANSACTIONS), scannedFrom: oldest, latest: latest! };
    },
  });
}
