"use client";

import type { Address } from "viem";

import { type ContractName, abiOf, contractOn } from "../_lib/contracts.ts";
import { useNetwork } from "./useNetwork.ts";

export interface TypedContract<Name extends ContractName> {
  name: Name;
  address: Address;
  abi: ReturnType<typeof abiOf<Name>>;
}

/**
 * The deployed contracts a lab needs, typed by their ABI (`as const`), or undefined when one of them
 * is not deployed on this network (the dApp's banner then says what to run).
 */
export function useLabContracts<const Names extends readonly ContractName[]>(
  ...names: Names
): { [Index in keyof Names]: TypedContract<Names[Index]> } | undefined {
  const { chainId } = useNetwork();
  const found = names.map((name) => {
    const deployed = contractOn(chainId, name);
    return deployed ? { name, address: deployed.address, abi: abiOf(name) } : undefined;
  });
  if (found.some((contract) => contract === undefined)) return undefined;
  return found as { [Index in keyof Names]: TypedContract<Names[Index]> };
}
