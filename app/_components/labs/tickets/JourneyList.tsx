"use client";

import { useId, useState } from "react";
import { parseSignature } from "viem";
import { usePublicClient } from "wagmi";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import type { JourneyRow } from "../../../_hooks/useTickets.ts";
import { useTokenDomain } from "../../../_hooks/useTokenDomain.ts";
import { useTypedDataSigner } from "../../../_hooks/useTypedDataSigner.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import { formatAmount, formatInteger, formatTimestamp } from "../../../_lib/format.ts";
import { explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import {
  boardingAt,
  journeyOrder,
  journeyPaymentData,
  relativeTime,
  saleState,
  seatsLeft,
  ticketExplainer,
  ticketPermitTypedData,
} from "../../../_lib/tickets.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { type Choice, ChoiceList } from "../ChoiceList.tsx";

const explain = (error: unknown) => explainLabError(error, [ticketExplainer, tokenExplainer]);

/** How long a purchase permit stays valid on the chain's clock: enough to confirm the transaction. */
const PERMIT_LIFETIME_SECONDS = 10n * 60n;
/** From this many seats left, the list warns that the journey is nearly full. */
const FEW_SEATS = 3;

type PayMethod = "transferAndCall" | "permit";

const PURCHASE_METHODS: readonly Choice<PayMethod>[] = [
  {
    value: "transferAndCall",
    label: "transferAndCall",
    detail:
      "One transaction: TRIP pays the ticket contract and tells it which journey, and the ticket comes back in the same transaction (ERC-1363).",
  },
  {
    value: "permit",
    label: "Permit",
    detail:
      "Sign a permit for exactly the price (EIP-2612, free), then one transaction that uses it: no separate approval.",
  },
];

/**
 * Every journey with its route, departure (on the chain's clock), price and seats, and a one-click
 * purchase: TRIP's `transferAndCall` (one transaction, the journey id as data) or an EIP-2612 permit
 * signed for exactly the price, then `buyTicketWithPermit` (one transaction, no approval first).
 */
export function JourneyList({
  ticket,
  token,
  journeys,
  chainNow,
  boardingWindow,
  tripBalance,
}: {
  ticket: TypedContract<"TravelTicket">;
  token: TypedContract<"TripToken">;
  journeys: JourneyRow[] | undefined;
  chainNow: bigint | undefined;
  boardingWindow: bigint | undefined;
  tripBalance: bigint | undefined;
}) {
  const ids = useId();
  const client = usePublicClient();
  const visitor = useVisitor();
  const domain = useTokenDomain(token);
  const sign = useTypedDataSigner();
  const flow = useWriteFlow();
  const [method, setMethod] = useState<PayMethod>("transferAndCall");
  const [active, setActive] = useState<bigint>();
  const [problem, setProblem] = useState<string>();
  const [signing, setSigning] = useState(false);

  const buy = async (journey: JourneyRow) => {
    setActive(journey.id);
    setProblem(undefined);
    flow.reset();
    if (tripBalance !== undefined && tripBalance < journey.price) {
      setProblem(
        `A seat costs ${formatAmount(journey.price, 18)} TRIP and you hold ${formatAmount(tripBalance, 18)} TRIP: buy more TRIP first.`,
      );
      return;
    }
    if (method === "transferAndCall") {
      await flow.write({
        contractName: "TripToken",
        address: token.address,
        abi: token.abi,
        functionName: "transferAndCall",
        args: [ticket.address, journey.price, journeyPaymentData(journey.id)],
        explain,
      });
      return;
    }
    if (!visitor) {
      setProblem("Connect a wallet first (the button at the top right), then try again.");
      return;
    }
    if (!client || !domain || chainNow === undefined) {
      setProblem(
        "The token's signing details or the chain's clock could not be read yet: check that the node is running, then try again.",
      );
      return;
    }
    setSigning(true);
    try {
      const nonce = await client.readContract({ ...token, functionName: "nonces", args: [visitor] });
      const deadline = chainNow + PERMIT_LIFETIME_SECONDS;
      const permit = ticketPermitTypedData(domain, {
        owner: visitor,
        spender: ticket.address,
        value: journey.price,
        nonce,
        deadline,
      });
      const { v, r, s, yParity } = parseSignature(await sign(permit));
      setSigning(false);
      await flow.write({
        contractName: "TravelTicket",
        address: ticket.address,
        abi: ticket.abi,
        functionName: "buyTicketWithPermit",
        args: [journey.id, deadline, Number(v ?? 27n + BigInt(yParity)), r, s],
        explain,
      });
    } catch (error) {
      setProblem(explain(error).message);
    } finally {
      setSigning(false);
    }
  };

  if (!journeys) return <p className="muted">Reading the journeys from the chain…</p>;
  if (journeys.length === 0) return <p className="muted">No journeys yet: the issuer has not created any.</p>;

  return (
    <div className="stack">
      <ChoiceList legend="Pay with" choices={PURCHASE_METHODS} value={method} onChange={setMethod} />
      <ul className="journey-list">
        {[...journeys].sort(journeyOrder(chainNow ?? 0n)).map((journey) => {
          const state = chainNow === undefined ? undefined : saleState(journey, chainNow);
          const boarding =
            chainNow !== undefined && boardingWindow !== undefined
              ? boardingAt(journey.departure, boardingWindow, chainNow)
              : undefined;
          const left = seatsLeft(journey);
          const isActive = active === journey.id;
          return (
            <li
              key={journey.id}
              className={`card journey ${state ?? ""}`}
              data-journey={journey.id.toString()}
              data-state={state}
              aria-labelledby={`${ids}-journey-${journey.id}`}
            >
              <div className="journey-head">
                <h3 id={`${ids}-journey-${journey.id}`}>
                  {journey.origin} <span aria-label="to">→</span> {journey.destination}
                </h3>
                <span className="journey-badges">
                  {state === "sold-out" ? <span className="badge danger">Sold out</span> : null}
                  {state === "departed" ? <span className="badge">Departed</span> : null}
                  {state === "cancelled" ? <span className="badge danger">Cancelled</span> : null}
                  {state === "on-sale" && boarding?.phase === "open" ? (
                    <span className="badge success">Boarding</span>
                  ) : null}
                  {state === "on-sale" && left <= FEW_SEATS ? (
                    <span className="badge warning">
                      {left} seat{left === 1 ? "" : "s"} left
                    </span>
                  ) : null}
                </span>
              </div>
              <p className="small">
                Journey {journey.id.toString()} · {state === "departed" ? "departed" : "departs"}{" "}
                <time dateTime={new Date(Number(journey.departure) * 1000).toISOString()}>
                  {formatTimestamp(journey.departure)}
                </time>
                {chainNow !== undefined ? ` (${relativeTime(journey.departure, chainNow)})` : null}
                {state === "on-sale" && boarding?.phase === "not-open"
                  ? ` · boarding opens ${relativeTime(boarding.opensAt, chainNow!)}`
                  : null}
              </p>
              <dl className="journey-facts">
                <div>
                  <dt>Price</dt>
                  <dd>
                    <strong>{formatAmount(journey.price, 18)}</strong> TRIP
                  </dd>
                </div>
                <div>
                  <dt>Seats left</dt>
                  <dd>
                    <strong>{formatInteger(left)}</strong> of {formatInteger(journey.capacity)}
                  </dd>
                </div>
              </dl>
              {state === "on-sale" ? (
                <button
                  type="button"
                  className="button"
                  disabled={flow.busy || signing}
                  onClick={() => void buy(journey)}
                >
                  {isActive && signing
                    ? "Sign the permit in your wallet…"
                    : `Buy a seat for ${formatAmount(journey.price, 18)} TRIP`}
                </button>
              ) : null}
              {isActive && problem ? (
                <p className="error" role="alert">
                  {problem}
                </p>
              ) : null}
              {isActive ? <TransactionStatus state={flow.state} onDismiss={flow.reset} /> : null}
              {isActive && flow.state.phase === "confirmed" ? (
                <p className="success-text">
                  The seat is yours: see it under <a href="#my-tickets">My tickets</a>.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
