import type { Metadata } from "next";
import Link from "next/link";

import { BlockView } from "../../../../_components/chain/BlockView.tsx";

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Block #${(await params).number}` };
}

export default async function BlockPage({ params }: Params) {
  const { number } = await params;
  if (!/^\d+$/.test(number)) {
    return (
      <>
        <h1>Not a block number</h1>
        <p>
          &ldquo;{number}&rdquo; is not a block number. <Link href="/chain">Back to the latest blocks</Link>.
        </p>
      </>
    );
  }
  return <BlockView number={BigInt(number)} />;
}
