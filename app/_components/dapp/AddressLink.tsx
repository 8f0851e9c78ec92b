"use client";

import Link from "next/link";
import { type Address, type Hash, getAddress } from "viem";

import { nameOf } from "../../_lib/contracts.ts";
import { shortHex } from "../../_lib/format.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";

/** An address as a link to its explorer page, named when it is a Wayfare contract or demo account. */
export function AddressLink({ address: raw, full = false }: { address: Address; full?: boolean }) {
  const { chainId } = useNetwork();
  // Nodes return lowercase addresses; people compare the checksummed (EIP-55) form.
  const address = getAddress(raw);
  const name = nameOf(chainId, address);
  return (
    <Link href={`/chain/address/${address}`} className="hex" title={address}>
      {name ? <span className="name">{name} </span> : null}
      <span className={name ? "muted" : undefined}>{full ? address : shortHex(address)}</span>
    </Link>
  );
}

/** A transaction hash as a link to its explorer page. */
export function TxLink({ hash, full = false }: { hash: Hash; full?: boolean }) {
  return (
    <Link href={`/chain/tx/${hash}`} className="hex" title={hash}>
      {full ? hash : shortHex(hash, 6)}
    </Link>
  );
}

/** A block number as a link to its explorer page. */
export function BlockLink({ number }: { number: bigint }) {
  return <Link href={`/chain/block/${number}`}>#{number.toString()}</Link>;
}
