import type { Metadata } from "next";

import { AuctionLab } from "../../../_components/labs/auction/AuctionLab.tsx";

export const metadata: Metadata = { title: "Auction lab" };

export default function AuctionLabPage() {
  return <AuctionLab />;
}
