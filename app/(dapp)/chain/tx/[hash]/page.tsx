import type { Metadata } from "next";
import Link from "next/link";

import { TransactionView } from "../../../../_components/chain/TransactionView.tsx";

type Params = { params: Promise<{ hash: string }> };

export const metadata: Metadata = { title: "Transaction" };

export default async function TransactionPage({ params }: Params) {
  const { hash } = await params;
  if (!/^0x[0-9a-fA-F]{64}$/.test(hash)) {
    return (
      <>
        <h1>Not a transaction hash</h1>
        <p>
          A transaction hash is 0x followed by 64 hex digits. <Link href="/chain">Back to the explorer</Link>.
        </p>
      </>
    );
  }
  return <TransactionView hash={hash.toLowerCase() as `0x${string}`} />;
}
