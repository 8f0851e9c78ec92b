"use client";

import { createContext, use } from "react";

import type { NetworkConfig } from "../_lib/network.ts";

export const NetworkContext = createContext<NetworkConfig | null>(null);

/** The network the server configured for this dApp (chain id, RPC URL, name). */
export function useNetwork(): NetworkConfig {
  const network = use(NetworkContext);
  if (!network) throw new Error("useNetwork() must be used inside the dApp's <Providers>.");
  return network;
}
