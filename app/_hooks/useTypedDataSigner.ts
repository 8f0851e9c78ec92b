"use client";

import { useCallback } from "react";
import type { Hex, TypedData, TypedDataDomain } from "viem";
import { useConfig, useConnection } from "wagmi";
import { signTypedData, switchChain } from "wagmi/actions";

import { UserFacingError } from "../_lib/errors.ts";
import { useNetwork } from "./useNetwork.ts";

/**
 * Asks the connected wallet to sign EIP-712 typed data (`eth_signTypedData_v4`), after checking it is
 * connected and on this dApp's network (the signature commits to the chain id).
 */
export function useTypedDataSigner() {
  const config = useConfig();
  const network = useNetwork();
  const connection = useConnection();
  return useCallback(
    async (typedData: {
      domain: TypedDataDomain;
      types: TypedData;
      primaryType: string;
      message: Record<string, unknown>;
    }): Promise<Hex> => {
      if (connection.status !== "connected" || !connection.address) {
        throw new UserFacingError("not-connected", "Connect a wallet first (the button at the top right).");
      }
      if (connection.chainId !== network.chainId) await switchChain(config, { chainId: network.chainId });
      return signTypedData(config, { account: connection.address, ...typedData } as Parameters<
        typeof signTypedData
      >[1]);
    },
    [config, connection.address, connection.chainId, connection.status, network.chainId],
  );
}
