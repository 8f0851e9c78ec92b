"use client";

import { useCallback } from "react";
import type { Address } from "viem";
import { useConfig, useConnection } from "wagmi";
import { switchChain } from "wagmi/actions";

import { UserFacingError } from "../_lib/errors.ts";
import { useNetwork } from "./useNetwork.ts";

/**
 * Before anything is signed: a connected wallet, on the dApp's network (the wallet is asked to
 * switch if not). Resolves with the account; `step` is told about the switch.
 */
export function useWalletReady(): (step?: (text: string) => void) => Promise<Address> {
  const config = useConfig();
  const network = useNetwork();
  const connection = useConnection();
  return useCallback(
    async (step) => {
      if (connection.status !== "connected" || !connection.address) {
        throw new UserFacingError(
          "not-connected",
          "Connect a wallet first (the button at the top right), then try again.",
        );
      }
      if (connection.chainId !== network.chainId) {
        step?.(`Asking your wallet to switch to ${network.name}…`);
        await switchChain(config, { chainId: network.chainId });
      }
      return connection.address;
    },
    [config, connection.address, connection.chainId, connection.status, network.chainId, network.name],
  );
}
