"use client";

import { useState } from "react";

import { useLabContracts } from "../../../_hooks/useLabContracts.ts";
import { useChainNow } from "../../../_hooks/useLive.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import {
  useBoardingWindow,
  useJourneys,
  useOwnedTickets,
  useTicketHistory,
} from "../../../_hooks/useTickets.ts";
import { useBalances, useVisitor } from "../../../_hooks/useVisitor.ts";
import { formatAmount } from "../../../_lib/format.ts";
import { ticketName } from "../../../_lib/tickets.ts";
import { Balances } from "../Balances.tsx";
import { type Goal, GoalsChecklist } from "../GoalsChecklist.tsx";
import { LabPage, LabSection } from "../LabPage.tsx";
import { NotDeployed } from "../NotDeployed.tsx";
import { QuickBuy } from "../QuickBuy.tsx";
import { Gate } from "./Gate.tsx";
import { IssuerDesk } from "./IssuerDesk.tsx";
import { JourneyList } from "./JourneyList.tsx";
import { MyTickets } from "./MyTickets.tsx";

export function TicketsLab() {
  const contracts = useLabContracts("TravelTicket", "TripToken", "TripExchange");
  const [ticket, token, desk] = contracts ?? [];
  const visitor = useVisitor();
  const local = useLocalNode();
  const chainNow = useChainNow();
  const balances = useBalances(token);
  const journeys = useJourneys(ticket).data;
  const boardingWindow = useBoardingWindow(ticket);
  const owned = useOwnedTickets(ticket, visitor).data;
  const history = useTicketHistory(ticket, token, visitor).data;
  const [gateText, setGateText] = useState("");

  const handOver = (text: string) => {
    setGateText(text);
    document.getElementById("gate-section")?.scrollIntoView({ behavior: "smooth", block: "start" });
  };

  const byTransferAndCall = history?.purchases.find((purchase) => purchase.method === "transferAndCall");
  const byPermit = history?.purchases.find((purchase) => purchase.method === "permit");
  const checkedIn = history?.checkIns[0];
  const goals: Goal[] = [
    {
      id: "bought-transfer-and-call",
      label: "Buy a ticket with transferAndCall (one transaction)",
      done: history ? byTransferAndCall !== undefined : undefined,
      detail: byTransferAndCall
        ? `${ticketName(byTransferAndCall.tokenId)}, ${formatAmount(byTransferAndCall.price, 18)} TRIP.`
        : undefined,
    },
    {
      id: "bought-permit",
      label: "Buy a ticket with a permit signature",
      done: history ? byPermit !== undefined : undefined,
      detail: byPermit
        ? `${ticketName(byPermit.tokenId)}, ${formatAmount(byPermit.price, 18)} TRIP.`
        : undefined,
    },
    {
      id: "checked-in",
      label: "Have a ticket checked in at the gate: a souvenir",
      done: history ? checkedIn !== undefined : undefined,
      detail: checkedIn
        ? `${ticketName(checkedIn.tokenId)} is locked to you for good (ERC-5192).`
        : undefined,
    },
  ];

  return (
    <LabPage
      title="Tickets lab"
      lede="A ticket that is an NFT: buy a seat with TRIP in one click, see the ticket the contract draws, show a signed QR code at the gate, and keep the souvenir."
      topic={{ slide: "tickets", title: "Tickets as NFTs" }}
      willSee={[
        "The journeys on sale, with departure, price and seats left, on the chain's clock; sold-out and departed ones marked, and refused by the contract.",
        "A purchase in one click, either by TRIP's transferAndCall or by a permit you sign for exactly the price.",
        "Your tickets as the contract draws them: tokenURI returns JSON with an SVG picture, straight from the chain.",
        "A signed EIP-712 proof as a QR code, and the gate checking its signature, its expiry and who holds the ticket before checking you in.",
        "The checked-in ticket turning into a souvenir, and the contract refusing to transfer it, with the reason.",
      ]}
      goals={<GoalsChecklist goals={goals} />}
    >
      {contracts && ticket && token && desk ? (
        <>
          <LabSection id="wallet" title="Your wallet">
            <Balances
              items={[
                { label: "ETH", value: balances?.eth, unit: "ETH" },
                { label: "TRIP", value: balances?.trip, unit: "TRIP" },
                {
                  label: "Tickets",
                  value: owned ? BigInt(owned.length) : undefined,
                  unit: "TIX",
                  decimals: 0,
                },
              ]}
            />
            {balances?.trip === 0n ? <QuickBuy desk={desk} eth="0.2" /> : null}
          </LabSection>
          <LabSection
            id="journeys"
            title="Journeys"
            intro="Prices are in TRIP. Times are on the chain's clock: its next block's timestamp, which is what the contract checks."
          >
            <JourneyList
              ticket={ticket}
              token={token}
              journeys={journeys}
              chainNow={chainNow}
              boardingWindow={boardingWindow}
              tripBalance={balances?.trip}
            />
          </LabSection>
          <LabSection
            id="my-tickets"
            title="My tickets"
            intro="Each picture is the ticket's tokenURI, drawn on chain."
          >
            <MyTickets
              ticket={ticket}
              owned={owned}
              journeys={journeys}
              chainNow={chainNow}
              connected={Boolean(visitor)}
              onHandOver={handOver}
            />
          </LabSection>
          <LabSection
            id="gate"
            title="The gate (inspector's view)"
            intro="Boarding opens two hours before departure. The inspector reads your signed proof, checks it against the chain, and checks the ticket in."
          >
            <Gate
              ticket={ticket}
              boardingWindow={boardingWindow}
              text={gateText}
              onTextChange={setGateText}
            />
          </LabSection>
          {local.available ? (
            <LabSection
              id="issuer"
              title="The issuer's desk (local chain)"
              intro="Schedule a journey of your own, e.g. one that boards right away."
            >
              <IssuerDesk ticket={ticket} />
            </LabSection>
          ) : null}
        </>
      ) : (
        <LabSection id="unavailable" title="Not available">
          <NotDeployed />
        </LabSection>
      )}
    </LabPage>
  );
}
