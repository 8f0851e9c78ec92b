"use client";

import { useCallback } from "react";
import type { Hex, TypedData, TypedDataDomain } from "viem";
import { useConfig } from "wagmi";
import { signTypedData } from "wagmi/actions";

import { useWalletReady } from "./useWalletReady.ts";

/**
 * Asks the connected wallet to sign EIP-712 typed data (`eth_signTypedData_v4`), after checking it is
 * connected and on this dApp's network (the signature commits to the chain id).
 */
export function useTypedDataSigner() {
  const config = useConfig();
  const walletReady = useWalletReady();
  return useCallback(
    async (typedData: {
      domain: TypedDataDomain;
      types: TypedData;
      primaryType: string;
      message: Record<string, unknown>;
    }): Promise<Hex> => {
      const account = await walletReady();
      return signTypedData(config, { account, ...typedData } as Parameters<typeof signTypedData>[1]);
    },
    [config, walletReady],
  );
}
