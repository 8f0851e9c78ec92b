"use client";

import { useState } from "react";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import type { JourneyRow, OwnedTicket } from "../../../_hooks/useTickets.ts";
import { formatInteger } from "../../../_lib/format.ts";
import { TICKET_STATUS_LABELS, isLocked, ticketStatusAt } from "../../../_lib/tickets.ts";
import { SendTicket } from "./SendTicket.tsx";
import { ShowAtGate } from "./ShowAtGate.tsx";

const STATUS_BADGE = { valid: "success", "checked-in": "", departed: "", cancelled: "danger" } as const;

/**
 * The visitor's tickets, each drawn by the contract itself (`tokenURI` → JSON → SVG data URI), with
 * what can be done with it: show a signed proof at the gate, or send it to someone (refused once it
 * is a souvenir).
 */
export function MyTickets({
  ticket,
  owned,
  journeys,
  chainNow,
  connected,
  onHandOver,
}: {
  ticket: TypedContract<"TravelTicket">;
  owned: OwnedTicket[] | undefined;
  journeys: JourneyRow[] | undefined;
  chainNow: bigint | undefined;
  connected: boolean;
  onHandOver(proofText: string): void;
}) {
  if (!connected) return <p className="muted">Connect a wallet to see your tickets.</p>;
  if (!owned) return <p className="muted">Reading your tickets from the chain…</p>;
  if (owned.length === 0) return <p className="muted">No tickets yet: buy a seat on a journey above.</p>;
  return (
    <ul className="ticket-list">
      {owned.map((held) => (
        <TicketCard
          key={held.tokenId.toString()}
          ticket={ticket}
          held={held}
          journey={journeys?.find((journey) => journey.id === held.journeyId)}
          chainNow={chainNow}
          onHandOver={onHandOver}
        />
      ))}
    </ul>
  );
}

type Panel = "gate" | "send" | undefined;

function TicketCard({
  ticket,
  held,
  journey,
  chainNow,
  onHandOver,
}: {
  ticket: TypedContract<"TravelTicket">;
  held: OwnedTicket;
  journey: JourneyRow | undefined;
  chainNow: bigint | undefined;
  onHandOver(proofText: string): void;
}) {
  const [panel, setPanel] = useState<Panel>();
  // The chain's clock moves between blocks: a journey may have departed since the last read.
  const status =
    journey && chainNow !== undefined
      ? ticketStatusAt(
          { checkedIn: held.checkedIn, cancelled: journey.cancelled, departure: journey.departure },
          chainNow,
        )
      : held.status;
  const locked = isLocked(status);
  const toggle = (next: Panel) => setPanel((current) => (current === next ? undefined : next));

  return (
    <li className="card ticket-card" data-ticket={held.tokenId.toString()} data-status={status}>
      {/* The contract's own SVG: an <img> shows it without running anything inside it. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URI from the chain, nothing to optimise */}
      <img
        className="ticket-image"
        src={held.image}
        alt={`${held.name}: the ticket as the contract draws it`}
      />
      <div className="ticket-meta">
        <strong>{held.name}</strong>
        <span className={`badge ${STATUS_BADGE[status]}`} data-ticket-status>
          {TICKET_STATUS_LABELS[status]}
        </span>
      </div>
      <p className="small muted">
        Token {formatInteger(held.tokenId)} = journey {held.journeyId.toString()} × 2³² + seat {held.seat}.{" "}
        {locked
          ? "Locked to you (ERC-5192): it can no longer be transferred."
          : status === "valid"
            ? "Transferable until it is checked in or its journey departs."
            : "Refundable: the journey was cancelled."}
      </p>
      <div className="row">
        {status === "valid" ? (
          <button
            type="button"
            className="button"
            aria-expanded={panel === "gate"}
            onClick={() => toggle("gate")}
          >
            Show it at the gate
          </button>
        ) : null}
        <button
          type="button"
          className="button ghost"
          aria-expanded={panel === "send"}
          onClick={() => toggle("send")}
        >
          {locked ? "Try to send it" : "Send it to someone"}
        </button>
      </div>
      {panel === "gate" && status === "valid" ? (
        <ShowAtGate ticket={ticket} tokenId={held.tokenId} onHandOver={onHandOver} />
      ) : null}
      {panel === "send" ? <SendTicket ticket={ticket} tokenId={held.tokenId} locked={locked} /> : null}
    </li>
  );
}
