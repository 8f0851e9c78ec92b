"use client";

import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";

/** TRIP per ETH at the exchange desk: a deployment parameter, so read from the desk, never assumed. */
export function useDeskRate(desk: TypedContract<"TripExchange">): bigint | undefined {
  return useLiveQuery(["desk-rate", desk.address], (client) =>
    client.readContract({ ...desk, functionName: "rate" }),
  ).data;
}
