"use client";

import { useQuery } from "@tanstack/react-query";
import { usePublicClient } from "wagmi";

import { useNetwork } from "./useNetwork.ts";

/** How often the dApp asks whether the node is there; it keeps asking while it is down. */
const NODE_POLL_MS = 2_000;

export type NodeStatus =
  { state: "checking" } | { state: "up" } | { state: "down" } | { state: "wrong-chain"; nodeChainId: number };

/** Whether the configured RPC answers, and with the configured chain id. Recovers by itself. */
export function useNodeStatus(): NodeStatus {
  const network = useNetwork();
  const client = usePublicClient();
  const query = useQuery({
    queryKey: ["wayfare", "node-status", network.rpcUrl],
    queryFn: async () => client!.getChainId(),
    enabled: Boolean(client),
    refetchInterval: NODE_POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });
  if (query.isError) return { state: "down" };
  if (query.data === undefined) return { state: "checking" };
  if (query.data !== network.chainId) return { state: "wrong-chain", nodeChainId: query.data };
  return { state: "up" };
}
