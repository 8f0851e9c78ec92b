"use client";

import type { Address, Hash } from "viem";

import { merchantAt } from "../_lib/merchants.ts";
import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";

/** How many of the newest payments are listed. */
const RECEIPTS = 10;

export interface PaymentReceipt {
  hash: Hash;
  blockNumber: bigint;
  timestamp: bigint;
  amount: bigint;
  merchant: { shop: string; address: Address };
  /** Who sent the transaction and so paid its gas: the visitor (direct) or the merchant (signature). */
  submitter: Address;
  gasless: boolean;
  gasFee: bigint;
}

/** The visitor's TRIP payments to merchants, newest first, read from the token's Transfer events. */
export function usePayments(token: TypedContract<"TripToken"> | undefined, visitor: Address | undefined) {
  return useLiveQuery(
    ["payments", token?.address, visitor],
    async (client): Promise<PaymentReceipt[]> => {
      const logs = await client.getContractEvents({
        ...token!,
        eventName: "Transfer",
        args: { from: visitor },
        fromBlock: 0n,
      });
      const payments = logs
        .filter((log) => merchantAt(log.args.to!))
        .slice(-RECEIPTS)
        .reverse();
      return Promise.all(
        payments.map(async (log) => {
          const [tx, receipt, block] = await Promise.all([
            client.getTransaction({ hash: log.transactionHash }),
            client.getTransactionReceipt({ hash: log.transactionHash }),
            client.getBlock({ blockNumber: log.blockNumber }),
          ]);
          const merchant = merchantAt(log.args.to!)!;
          return {
            hash: log.transactionHash,
            blockNumber: log.blockNumber,
            timestamp: block.timestamp,
            amount: log.args.value!,
            merchant: { shop: merchant.shop, address: merchant.address },
            submitter: tx.from,
            gasless: tx.from.toLowerCase() !== visitor!.toLowerCase(),
            gasFee: receipt.gasUsed * receipt.effectiveGasPrice,
          };
        }),
      );
    },
    { enabled: Boolean(token && visitor) },
  );
}

/** Whether the visitor bought and sold at the desk, from the desk's events. */
export function useDeskHistory(
  desk: TypedContract<"TripExchange"> | undefined,
  visitor: Address | undefined,
) {
  return useLiveQuery(
    ["desk-history", desk?.address, visitor],
    async (client) => {
      const [bought, sold] = await Promise.all([
        client.getContractEvents({ ...desk!, eventName: "Bought", args: { buyer: visitor }, fromBlock: 0n }),
        client.getContractEvents({ ...desk!, eventName: "Sold", args: { seller: visitor }, fromBlock: 0n }),
      ]);
      return {
        bought: bought.reduce((sum, log) => sum + log.args.tripOut!, 0n),
        sold: sold.reduce((sum, log) => sum + log.args.tripIn!, 0n),
      };
    },
    { enabled: Boolean(desk && visitor) },
  );
}
