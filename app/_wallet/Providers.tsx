"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { type State, WagmiProvider } from "wagmi";
import { hashFn } from "wagmi/query";

import { NetworkContext } from "../_hooks/useNetwork.ts";
import type { NetworkConfig } from "../_lib/network.ts";
import { createWagmiConfig } from "./config.ts";

/** wagmi + TanStack Query for the dApp's pages, created once per browser tab. */
export function Providers({
  network,
  initialState,
  children,
}: {
  network: NetworkConfig;
  initialState: State | undefined;
  children: ReactNode;
}) {
  const [config] = useState(() => createWagmiConfig(network));
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // Keys hold bigints (block numbers, amounts): hash them the way wagmi does.
            queryKeyHashFn: hashFn,
            refetchOnWindowFocus: false,
            retry: 1,
          },
        },
      }),
  );
  return (
    <WagmiProvider config={config} initialState={initialState}>
      <QueryClientProvider client={queryClient}>
        <NetworkContext value={network}>{children}</NetworkContext>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
