"use client";

import type { Address } from "viem";
import { useConnection } from "wagmi";

import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";

/** The connected visitor's address, or undefined when no wallet is connected. */
export function useVisitor(): Address | undefined {
  return useConnection().address;
}

/** The visitor's ETH and TRIP, refreshed with every block. */
export function useBalances(token: TypedContract<"TripToken"> | undefined) {
  const visitor = useVisitor();
  const query = useLiveQuery(
    ["balances", visitor, token?.address],
    async (client) => {
      const [eth, trip] = await Promise.all([
        client.getBalance({ address: visitor! }),
        client.readContract({ ...token!, functionName: "balanceOf", args: [visitor!] }),
      ]);
      return { eth, trip };
    },
    { enabled: Boolean(visitor && token) },
  );
  return query.data;
}
