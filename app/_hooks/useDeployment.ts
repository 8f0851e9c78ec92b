"use client";

import { useQuery } from "@tanstack/react-query";
import { usePublicClient } from "wagmi";

import { type DeployedContract, contractsOn } from "../_lib/contracts.ts";
import { useNetwork } from "./useNetwork.ts";
import { useNodeStatus } from "./useNodeStatus.ts";

const CODE_POLL_MS = 3_000;

export type DeploymentStatus =
  /** The node is down or the check is running: nothing is known yet. */
  | { state: "unknown"; contracts: DeployedContract[] }
  /** This build's bindings have no deployment for the configured chain. */
  | { state: "not-in-build"; contracts: [] }
  /** The bindings name addresses where the chain has no code (e.g. the local node restarted). */
  | { state: "missing"; contracts: DeployedContract[]; missing: string[] }
  | { state: "ready"; contracts: DeployedContract[] };

/**
 * Wayfare's contracts on the configured chain, and whether the chain really has them: the check
 * repeats, so a redeploy after a node restart is noticed without reloading the page.
 */
export function useDeployment(): DeploymentStatus {
  const { chainId } = useNetwork();
  const client = usePublicClient();
  const node = useNodeStatus();
  const contracts = contractsOn(chainId);
  const query = useQuery({
    queryKey: ["wayfare", "deployment", chainId, contracts.map((contract) => contract.address)],
    queryFn: async () => {
      const codes = await Promise.all(contracts.map(({ address }) => client!.getCode({ address })));
      return contracts
        .filter((_, index) => !codes[index] || codes[index] === "0x")
        .map((contract) => contract.name);
    },
    enabled: Boolean(client) && contracts.length > 0 && node.state === "up",
    refetchInterval: CODE_POLL_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });
  if (contracts.length === 0) return { state: "not-in-build", contracts: [] };
  if (node.state !== "up" || query.data === undefined) return { state: "unknown", contracts };
  if (query.data.length > 0) return { state: "missing", contracts, missing: query.data };
  return { state: "ready", contracts };
}
