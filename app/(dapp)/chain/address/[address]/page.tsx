import type { Metadata } from "next";
import Link from "next/link";
import { getAddress, isAddress } from "viem";

import { AddressView } from "../../../../_components/chain/AddressView.tsx";

type Params = { params: Promise<{ address: string }> };

export const metadata: Metadata = { title: "Address" };

export default async function AddressPage({ params }: Params) {
  const { address } = await params;
  if (!isAddress(address, { strict: false })) {
    return (
      <>
        <h1>Not an address</h1>
        <p>
          An address is 0x followed by 40 hex digits. <Link href="/chain">Back to the explorer</Link>.
        </p>
      </>
    );
  }
  return <AddressView address={getAddress(address)} />;
}
