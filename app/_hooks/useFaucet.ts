"use client";

import { useCallback } from "react";
import { type Address, type Hash, numberToHex, parseEther } from "viem";
import { usePublicClient } from "wagmi";

import { UserFacingError } from "../_lib/errors.ts";
import { useTransactionFlow } from "./useTransactionFlow.ts";

/** What one click of the local faucet gives. */
export const FAUCET_AMOUNT = parseEther("10");

/**
 * The local chain's faucet: the node's last unlocked Hardhat account (not one of the demo roles)
 * sends test ETH to `to`. Only meaningful on 31337, where the node signs for its test accounts.
 */
export function useFaucet() {
  const client = usePublicClient();
  const { track, ...flow } = useTransactionFlow();

  const drip = useCallback(
    (to: Address) =>
      track(
        async ({ step }) => {
          step("Asking the node for test ETH…");
          if (!client) throw new UserFacingError("node-down", "The chain is not reachable right now.");
          // The public client's schema has no signing methods; the node's unlocked accounts sign.
          const request = client.request as unknown as (args: {
            method: string;
            params?: unknown[];
          }) => Promise<unknown>;
          const accounts = (await request({ method: "eth_accounts" })) as Address[];
          const from = accounts.at(-1);
          if (!from) {
            throw new UserFacingError("unknown", "This node has no unlocked test accounts to give ETH from.");
          }
          return (await request({
            method: "eth_sendTransaction",
            params: [{ from, to, value: numberToHex(FAUCET_AMOUNT) }],
          })) as Hash;
        },
        { contractName: "The faucet" },
      ),
    [client, track],
  );

  return { ...flow, track, drip };
}
