"use client";

import type { PublicClient } from "viem";
import { usePublicClient } from "wagmi";

import { localAccounts } from "../_generated/contracts.ts";
import type { RpcRequester } from "../_lib/gas-anatomy.ts";
import { isLocalChain } from "../_lib/network.ts";
import { useNetwork } from "./useNetwork.ts";

export type LocalAccountName = (typeof localAccounts)[number]["name"];

/** A demo account of the local chain by name (Hotel, Sponsor, Inspector, Bot Ada, …). */
export function localAccount(name: LocalAccountName) {
  const account = localAccounts.find((candidate) => candidate.name === name);
  if (!account) throw new Error(`No local account named ${name}.`);
  return account;
}

/**
 * The local node, for the labs' other parties and time controls; `available` is false on every other
 * network, where those controls are not shown.
 */
export function useLocalNode(): { available: boolean; client: PublicClient | undefined; node: RpcRequester } {
  const { chainId } = useNetwork();
  const client = usePublicClient();
  return {
    available: isLocalChain(chainId) && Boolean(client),
    client: client as PublicClient | undefined,
    node: client as unknown as RpcRequester,
  };
}
