"use client";

import { useQuery } from "@tanstack/react-query";
import { usePublicClient } from "wagmi";

import type { TokenDomain } from "../_lib/eip3009.ts";
import type { TypedContract } from "./useLabContracts.ts";

/** TRIP's EIP-712 domain as the token itself reports it (ERC-5267 `eip712Domain()`). */
export function useTokenDomain(token: TypedContract<"TripToken"> | undefined): TokenDomain | undefined {
  const client = usePublicClient();
  return useQuery({
    queryKey: ["wayfare", "eip712-domain", token?.address],
    enabled: Boolean(client && token),
    staleTime: Infinity,
    queryFn: async (): Promise<TokenDomain> => {
      const [, name, version, chainId, verifyingContract] = await client!.readContract({
        ...token!,
        functionName: "eip712Domain",
      });
      return { name, version, chainId: Number(chainId), verifyingContract };
    },
  }).data;
}
