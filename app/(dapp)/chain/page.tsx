import type { Metadata } from "next";

import { LatestBlocks } from "../../_components/chain/LatestBlocks.tsx";
import { SearchBox } from "../../_components/chain/SearchBox.tsx";

export const metadata: Metadata = { title: "Chain explorer" };

export default function ChainPage() {
  return (
    <>
      <h1>Chain explorer</h1>
      <p className="lede">
        Every block of the chain as it is mined: how full it was against its gas target, and the base fee that
        was burned. Open a block to see its transactions in order.
      </p>
      <SearchBox />
      <LatestBlocks />
    </>
  );
}
