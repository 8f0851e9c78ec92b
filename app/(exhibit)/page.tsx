import type { Metadata } from "next";

import "reveal.js/reveal.css";
import "./exhibit.css";

import { Deck } from "../_exhibit/deck/Deck.tsx";
import { BitTorrent } from "../_exhibit/slides/BitTorrent.tsx";
import { Blockchain } from "../_exhibit/slides/Blockchain.tsx";
import { DigitalCurrencies } from "../_exhibit/slides/DigitalCurrencies.tsx";
import { Future } from "../_exhibit/slides/Future.tsx";
import { History } from "../_exhibit/slides/History.tsx";
import { AuctionTopic, GasTopic, PayTopic, SaveTopic, TicketsTopic } from "../_exhibit/slides/Labs.tsx";
import { SmartContracts } from "../_exhibit/slides/SmartContracts.tsx";
import { SmartTourism } from "../_exhibit/slides/SmartTourism.tsx";
import { Opportunities, Strengths, TakingAdvantage, Threats, Weaknesses } from "../_exhibit/slides/Swot.tsx";
import { ThankYou } from "../_exhibit/slides/ThankYou.tsx";
import { Today } from "../_exhibit/slides/Today.tsx";
import { Welcome } from "../_exhibit/slides/Welcome.tsx";
import { WhatIsP2P } from "../_exhibit/slides/WhatIsP2P.tsx";

export const metadata: Metadata = {
  title: { absolute: "Peer-to-Peer Networking · Wayfare" },
};

/** The exhibit: every topic of the original, in its order, then the topics that lead into the labs. */
export default function ExhibitPage() {
  return (
    <Deck>
      <Welcome />
      <WhatIsP2P />
      <History />
      <Today />
      <BitTorrent />
      <Blockchain />
      <DigitalCurrencies />
      <SmartContracts />
      <SmartTourism />
      <Future />
      <Strengths />
      <Weaknesses />
      <Opportunities />
      <Threats />
      <TakingAdvantage />
      <GasTopic />
      <PayTopic />
      <SaveTopic />
      <TicketsTopic />
      <AuctionTopic />
      <ThankYou />
    </Deck>
  );
}
