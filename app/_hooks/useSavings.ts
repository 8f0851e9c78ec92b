"use client";

import type { Address } from "viem";

import {
  type LogPosition,
  type SavingsGoals,
  byChainOrder,
  priceHistoryBlocks,
  savingsGoals,
} from "../_lib/savings.ts";
import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";

/** How many points of share-price history are read (the newest blocks with vault events). */
const PRICE_POINTS = 24;

export interface SavingsState {
  shares: bigint;
  /** What the shares are worth now, in TRIP base units. */
  assets: bigint;
  /** What the vault lets the visitor withdraw in the next block (0 while locked). */
  maxWithdraw: bigint;
  unlockTime: bigint;
  goal: { label: string; target: bigint };
  /** TRIP base units one whole svTRIP (10^decimals shares) is worth. */
  sharePrice: bigint;
  shareDecimals: number;
}

/** The visitor's savings in the vault, refreshed with every block. */
export function useSavings(vault: TypedContract<"SavingsVault"> | undefined, visitor: Address | undefined) {
  return useLiveQuery(
    ["savings", vault?.address, visitor],
    async (client): Promise<SavingsState> => {
      const contract = { address: vault!.address, abi: vault!.abi };
      const owner = visitor!;
      const [shares, maxWithdraw, unlockTime, [label, target], shareDecimals] = await Promise.all([
        client.readContract({ ...contract, functionName: "balanceOf", args: [owner] }),
        // Whether the lock still holds depends on the time: ask as of the next block, not the last one.
        client.readContract({ ...contract, functionName: "maxWithdraw", args: [owner], blockTag: "pending" }),
        client.readContract({ ...contract, functionName: "unlockTime", args: [owner] }),
        client.readContract({ ...contract, functionName: "goal", args: [owner] }),
        client.readContract({ ...contract, functionName: "decimals" }),
      ]);
      const [assets, sharePrice] = await Promise.all([
        client.readContract({ ...contract, functionName: "convertToAssets", args: [shares] }),
        client.readContract({
          ...contract,
          functionName: "convertToAssets",
          args: [10n ** BigInt(shareDecimals)],
        }),
      ]);
      return {
        shares,
        assets,
        maxWithdraw,
        unlockTime: BigInt(unlockTime),
        goal: { label, target },
        sharePrice,
        shareDecimals,
      };
    },
    { enabled: Boolean(vault && visitor) },
  );
}

export interface PricePoint {
  blockNumber: bigint;
  timestamp: bigint;
  sharePrice: bigint;
  /** What happened in that block: "deposit", "withdrawal", "reward", or several. */
  event: string;
}

/** The share price after each of the newest blocks with a deposit, withdrawal or reward. */
export function useSharePriceHistory(
  vault: TypedContract<"SavingsVault"> | undefined,
  shareDecimals: number | undefined,
) {
  return useLiveQuery(
    ["share-price-history", vault?.address, shareDecimals],
    async (client): Promise<PricePoint[]> => {
      const contract = { address: vault!.address, abi: vault!.abi };
      const logs = await client.getContractEvents({ ...contract, fromBlock: 0n });
      const blocks = priceHistoryBlocks(logs, PRICE_POINTS);
      return Promise.all(
        blocks.map(async ({ blockNumber, event }) => {
          const [sharePrice, block] = await Promise.all([
            client.readContract({
              ...contract,
              functionName: "convertToAssets",
              args: [10n ** BigInt(shareDecimals!)],
              blockNumber,
            }),
            client.getBlock({ blockNumber }),
          ]);
          return { blockNumber, timestamp: block.timestamp, sharePrice, event };
        }),
      );
    },
    { enabled: Boolean(vault && shareDecimals !== undefined) },
  );
}

/** The visitor's goals in the Save lab, from the vault's events for their address. */
export function useSavingsGoals(
  vault: TypedContract<"SavingsVault"> | undefined,
  visitor: Address | undefined,
) {
  return useLiveQuery(
    ["savings-goals", vault?.address, visitor],
    async (client): Promise<SavingsGoals> => {
      const contract = { address: vault!.address, abi: vault!.abi, fromBlock: 0n } as const;
      const owner = visitor!;
      const [deposits, locks, goals, withdrawals, sharesIn, sharesOut, rewards] = await Promise.all([
        client.getContractEvents({ ...contract, eventName: "Deposit", args: { owner } }),
        client.getContractEvents({ ...contract, eventName: "UnlockTimeSet", args: { owner } }),
        client.getContractEvents({ ...contract, eventName: "GoalSet", args: { owner } }),
        client.getContractEvents({ ...contract, eventName: "Withdraw", args: { owner } }),
        client.getContractEvents({ ...contract, eventName: "Transfer", args: { to: owner } }),
        client.getContractEvents({ ...contract, eventName: "Transfer", args: { from: owner } }),
        client.getContractEvents({ ...contract, eventName: "Rewarded" }),
      ]);
      const depositTimes = new Map(
        await Promise.all(
          [...new Set(deposits.map((log) => log.blockNumber))].map(
            async (blockNumber) => [blockNumber, (await client.getBlock({ blockNumber })).timestamp] as const,
          ),
        ),
      );
      const position = ({ blockNumber, logIndex }: LogPosition): LogPosition => ({ blockNumber, logIndex });
      return savingsGoals({
        deposits: deposits.map((log) => ({
          ...position(log),
          assets: log.args.assets!,
          timestamp: depositTimes.get(log.blockNumber)!,
        })),
        locks: locks.map((log) => ({ ...position(log), unlockTime: BigInt(log.args.unlockTime!) })),
        goals: goals.map((log) => ({
          ...position(log),
          label: log.args.label!,
          target: log.args.targetAssets!,
        })),
        withdrawals: withdrawals.map((log) => ({ ...position(log), assets: log.args.assets! })),
        shareMoves: [
          ...sharesIn.map((log) => ({ ...position(log), shares: log.args.value! })),
          ...sharesOut.map((log) => ({ ...position(log), shares: -log.args.value! })),
        ].sort(byChainOrder),
        rewards: rewards.map((log) => ({ ...position(log), assets: log.args.assets! })),
      });
    },
    { enabled: Boolean(vault && visitor) },
  );
}
