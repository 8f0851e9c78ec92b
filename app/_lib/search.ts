// What the explorer's search box was given: a block number, a transaction hash or an address.
import { type Address, type Hash, getAddress, isAddress } from "viem";

export type SearchTarget =
  | { kind: "block"; number: bigint }
  | { kind: "transaction"; hash: Hash }
  | { kind: "address"; address: Address }
  | { kind: "invalid"; message: string };

export function parseSearch(query: string): SearchTarget {
  const text = query.trim().replace(/,/g, "");
  if (text === "")
    return { kind: "invalid", message: "Type a block number, a transaction hash or an address." };
  if (/^#?\d+$/.test(text)) return { kind: "block", number: BigInt(text.replace("#", "")) };
  if (/^0x[0-9a-fA-F]{64}$/.test(text)) return { kind: "transaction", hash: text.toLowerCase() as Hash };
  if (/^0x[0-9a-fA-F]{40}$/.test(text)) {
    // Mixed case is a checksum (EIP-55): a wrong one means a typo.
    if (
      !isAddress(text, { strict: true }) &&
      text !== text.toLowerCase() &&
      text.slice(2) !== text.slice(2).toUpperCase()
    ) {
      return { kind: "invalid", message: "That address has a wrong checksum: check it for a typo." };
    }
    return { kind: "address", address: getAddress(text) };
  }
  if (/^0x[0-9a-fA-F]*$/.test(text)) {
    return {
      kind: "invalid",
      message: `"${shorten(text)}" has ${text.length - 2} hex digits: an address has 40 and a transaction hash 64.`,
    };
  }
  return {
    kind: "invalid",
    message: `"${shorten(text)}" is not a block number, transaction hash or address.`,
  };
}

/** The explorer page for a search target. */
export function searchHref(target: Exclude<SearchTarget, { kind: "invalid" }>): string {
  if (target.kind === "block") return `/chain/block/${target.number}`;
  if (target.kind === "transaction") return `/chain/tx/${target.hash}`;
  return `/chain/address/${target.address}`;
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 12)}…${text.slice(-6)}` : text;
}
