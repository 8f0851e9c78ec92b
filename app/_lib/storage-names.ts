// Names for storage slots, so the gas anatomy can say "TRIP balance of Hotel" instead of a hash.
// Solidity keeps `mapping(address => …)` entries at keccak256(abi.encode(key, slotOfTheMapping)).
import { type Address, type Hex, encodeAbiParameters, isAddressEqual, keccak256 } from "viem";

import type { StorageAccess } from "./gas-anatomy.ts";

/** The slot of `mapping[key]` for a mapping declared at `index`. */
export function mappingSlot(key: Address, index: bigint): Hex {
  return keccak256(encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [key, index]));
}

/** The slot of `mapping[outer][inner]` for a nested mapping declared at `index`. */
export function nestedMappingSlot(outer: Address, inner: Address, index: bigint): Hex {
  return keccak256(
    encodeAbiParameters([{ type: "address" }, { type: "bytes32" }], [inner, mappingSlot(outer, index)]),
  );
}

/**
 * OpenZeppelin's ERC20 (non-upgradeable) keeps `_balances` at slot 0, `_allowances` at 1 and
 * `_totalSupply` at 2 when it is the first contract in the inheritance list, as in TripToken (checked
 * against the chain in the gas anatomy's tests).
 */
export const ERC20_LAYOUT = { balances: 0n, allowances: 1n, totalSupply: 2n } as const;

export interface NamedToken {
  address: Address;
  symbol: string;
}

/**
 * A namer for `gasAnatomy`: recognises a token's balances, allowances and total supply for the
 * accounts involved in a transaction (sender, recipients, addresses in its logs).
 */
export function tokenSlotNamer(
  token: NamedToken,
  accounts: readonly Address[],
  nameOf: (address: Address) => string,
): (access: StorageAccess) => string | undefined {
  const names = new Map<string, string>();
  const unique = [...new Set(accounts.map((account) => account.toLowerCase() as Address))];
  names.set(BigInt(ERC20_LAYOUT.totalSupply).toString(), `${token.symbol} total supply`);
  for (const account of unique) {
    names.set(
      BigInt(mappingSlot(account, ERC20_LAYOUT.balances)).toString(),
      `${token.symbol} balance of ${nameOf(account)}`,
    );
    for (const spender of unique) {
      names.set(
        BigInt(nestedMappingSlot(account, spender, ERC20_LAYOUT.allowances)).toString(),
        `${token.symbol} allowance of ${nameOf(account)} for ${nameOf(spender)}`,
      );
    }
  }
  return (access) =>
    access.address && isAddressEqual(access.address, token.address)
      ? names.get(BigInt(access.slot).toString())
      : undefined;
}

/** Addresses a transaction's logs mention in their indexed topics (e.g. a Transfer's from and to). */
export function addressesInTopics(logs: readonly { topics: readonly Hex[] }[]): Address[] {
  const found: Address[] = [];
  for (const log of logs) {
    for (const topic of log.topics.slice(1)) {
      // An address topic is 12 zero bytes then the 20-byte address.
      if (/^0x0{24}[0-9a-fA-F]{40}$/.test(topic) && !/^0x0{64}$/.test(topic)) {
        found.push(`0x${topic.slice(26)}` as Address);
      }
    }
  }
  return found;
}
