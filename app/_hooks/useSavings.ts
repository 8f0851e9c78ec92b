"use client";

import type { Address } from "viem";

import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";

/** How many points of share-price history are read (the newest events of the vault). */
const PRICE_POINTS = 24;

export interface SavingsState {
  shares: bigint;
  /** What the shares are worth now, in TRIP base units. */
  assets: bigint;
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
      const read = <T>(functionName: string, args: readonly unknown[] = []) =>
        client.readContract({ ...vault!, functionName, args } as never) as Promise<T>;
      const [shares, maxWithdraw, unlockTime, goal, decimals] = await Promise.all([
        read<bigint>("balanceOf", [visitor]),
        read<bigint>("maxWithdraw", [visitor]),
        read<bigint>("unlockTime", [visitor]),
        read<readonly [string, bigint]>("goal", [visitor]),
        read<number>("decimals"),
      ]);
      const [assets, sharePrice] = await Promise.all([
        read<bigint>("convertToAssets", [shares]),
        read<bigint>("convertToAssets", [10n ** BigInt(decimals)]),
      ]);
      return {
        shares,
        assets,
        maxWithdraw,
        unlockTime: BigInt(unlockTime),
        goal: { label: goal[0], target: goal[1] },
        sharePrice,
        shareDecimals: decimals,
      };
    },
    { enabled: Boolean(vault && visitor) },
  );
}

export interface PricePoint {
  blockNumber: bigint;
  timestamp: bigint;
  sharePrice: bigint;
  /** What happened in that block: "deposit", "withdrawal", "reward". */
  event: string;
}

/** The share price after each of the vault's newest deposits, withdrawals and rewards. */
export function useSharePriceHistory(
  vault: TypedContract<"SavingsVault"> | undefined,
  shareDecimals: number | undefined,
) {
  return useLiveQuery(
    ["share-price-history", vault?.address, shareDecimals],
    async (client): Promise<PricePoint[]> => {
      const events = await client.getContractEvents({ ...vault!, fromBlock: 0n });
      const relevant = events.filter((log) => ["Deposit", "Withdraw", "Rewarded"].includes(log.eventName));
      const byBlock = new Map<bigint, string>();
      for (const log of relevant) {
        const word =
          log.eventName === "Deposit" ? "deposit" : log.eventName === "Withdraw" ? "withdrawal" : "reward";
        const previous = byBlock.get(log.blockNumber);
        byBlock.set(log.blockNumber, previous && previous !== word ? `${previous}, ${word}` : word);
      }
      const blocks = [...byBlock.keys()].slice(-PRICE_POINTS);
      return Promise.all(
        blocks.map(async (blockNumber) => {
          const [sharePrice, block] = await Promise.all([
            client.readContract({
              ...vault!,
              functionName: "convertToAssets",
              args: [10n ** BigInt(shareDecimals!)],
              blockNumber,
            }),
            client.getBlock({ blockNumber }),
          ]);
          return { blockNumber, timestamp: block.timestamp, sharePrice, event: byBlock.get(blockNumber)! };
        }),
      );
    },
    { enabled: Boolean(vault && shareDecimals !== undefined) },
  );
}

/** The visitor's saving history for the goals: locked deposits, a goal, rewards since, withdrawals. */
export function useSavingsHistory(
  vault: TypedContract<"SavingsVault"> | undefined,
  visitor: Address | undefined,
) {
  return useLiveQuery(
    ["savings-history", vault?.address, visitor],
    async (client) => {
      const [deposits, locks, goals, withdrawals, rewards] = await Promise.all([
        client.getContractEvents({
          ...vault!,
          eventName: "Deposit",
          args: { owner: visitor },
          fromBlock: 0n,
        }),
        client.getContractEvents({
          ...vault!,
          eventName: "UnlockTimeSet",
          args: { owner: visitor },
          fromBlock: 0n,
        }),
        client.getContractEvents({
          ...vault!,
          eventName: "GoalSet",
          args: { owner: visitor },
          fromBlock: 0n,
        }),
        client.getContractEvents({
          ...vault!,
          eventName: "Withdraw",
          args: { owner: visitor },
          fromBlock: 0n,
        }),
        client.getContractEvents({ ...vault!, eventName: "Rewarded", fromBlock: 0n }),
      ]);
      const firstDeposit = deposits[0]?.blockNumber;
      const lockedDeposit = deposits.find((deposit) =>
        locks.some((lock) => lock.blockNumber <= deposit.blockNumber && lock.args.unlockTime! > 0n),
      );
      return {
        lockedDeposit: lockedDeposit?.blockNumber,
        goal: goals.filter((log) => log.args.targetAssets! > 0n).at(-1)?.args.label,
        rewardSinceDeposit:
          firstDeposit === undefined
            ? undefined
            : rewards.find((log) => log.blockNumber > firstDeposit)?.args.assets,
        withdrawn: withdrawals.reduce((sum, log) => sum + log.args.assets!, 0n),
      };
    },
    { enabled: Boolean(vault && visitor) },
  );
}
