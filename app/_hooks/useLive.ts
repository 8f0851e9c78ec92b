"use client";

// Reads that follow the chain: refetched whenever a new block arrives, keeping the previous value on
// screen meanwhile; and the chain's own clock.
import { type QueryKey, keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PublicClient } from "viem";
import { useBlockNumber, usePublicClient } from "wagmi";

import { useNow } from "./useNow.ts";

/** `read` runs again for every new block; `enabled: false` keeps it off (e.g. no wallet yet). */
export function useLiveQuery<T>(
  key: QueryKey,
  read: (client: PublicClient, latest: bigint) => Promise<T>,
  options: { enabled?: boolean } = {},
) {
  const client = usePublicClient();
  const { data: latest } = useBlockNumber({ watch: true });
  return useQuery({
    queryKey: ["wayfare", "live", ...key, latest?.toString()],
    enabled: Boolean(client) && latest !== undefined && (options.enabled ?? true),
    placeholderData: keepPreviousData,
    queryFn: () => read(client as PublicClient, latest!),
  });
}

/**
 * The chain's clock in seconds: the pending block's timestamp (what the next transaction will see),
 * ticking with the wall clock in between. The last mined block's timestamp would be stale on an idle
 * automining chain, and the wall clock ignores the local chain's time travel.
 */
export function useChainNow(): bigint | undefined {
  const now = useNow();
  const pending = useLiveQuery(["pending-timestamp"], async (client) => {
    const block = await client.getBlock({ blockTag: "pending" });
    return { timestamp: block.timestamp, fetchedAt: Math.floor(Date.now() / 1000) };
  });
  if (pending.data === undefined || now === null) return undefined;
  // Between blocks the chain's clock advances like the wall clock.
  return pending.data.timestamp + BigInt(Math.max(0, now - pending.data.fetchedAt));
}
