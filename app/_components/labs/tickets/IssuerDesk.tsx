"use client";

import { type FormEvent, useId, useState } from "react";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { localAccount, useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useTransactionFlow } from "../../../_hooks/useTransactionFlow.ts";
import { DAY, HOUR } from "../../../_lib/format.ts";
import { explainLabError } from "../../../_lib/lab-errors.ts";
import { writeAsUnlocked } from "../../../_lib/local-node.ts";
import { checkPlaceName, parseSeats, ticketExplainer } from "../../../_lib/tickets.ts";
import { AddressLink } from "../../dapp/AddressLink.tsx";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";
import { DurationSelect } from "../DurationSelect.tsx";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";

const explain = (error: unknown) => explainLabError(error, [ticketExplainer]);

const DEPARTS_IN = [
  { seconds: HOUR, label: "1 hour (boards now)" },
  { seconds: 3n * HOUR, label: "3 hours" },
  { seconds: DAY, label: "1 day" },
  { seconds: 7n * DAY, label: "1 week" },
] as const;

/** A text field with its message right under it, tied to it for screen readers. */
function TextField({
  label,
  value,
  onChange,
  error,
  inputMode,
}: {
  label: string;
  value: string;
  onChange(next: string): void;
  error?: string;
  inputMode?: "numeric";
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        inputMode={inputMode}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        {...invalidFieldProps(id, error)}
      />
      <FieldError fieldId={id} error={error} />
    </div>
  );
}

/**
 * On the local chain: the Issuer (a test account the node signs for) schedules a journey, so there is
 * always one to board, however far the chain's clock has been moved.
 */
export function IssuerDesk({ ticket }: { ticket: TypedContract<"TravelTicket"> }) {
  const local = useLocalNode();
  const flow = useTransactionFlow();
  const issuer = localAccount("Issuer");
  const [origin, setOrigin] = useState("Bologna");
  const [destination, setDestination] = useState("Florence");
  const [departsIn, setDepartsIn] = useState<bigint>(DEPARTS_IN[0].seconds);
  const [seats, setSeats] = useState("30");
  const price = useAmountField({ decimals: 18, symbol: "TRIP", allowZero: true }, "15");
  const [shown, setShown] = useState(false);

  const originProblem = checkPlaceName(origin);
  const destinationProblem = checkPlaceName(destination);
  const seatCount = parseSeats(seats);

  const schedule = (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    const value = price.take();
    if (originProblem || destinationProblem || !seatCount.ok || value === undefined) return;
    void flow.track(
      async ({ step }) => {
        step("The Issuer schedules the journey…");
        // Measured from the chain's clock (the pending block), which may run ahead of the wall clock.
        const chainNow = (await local.client!.getBlock({ blockTag: "pending" })).timestamp;
        return writeAsUnlocked(local.client!, {
          from: issuer.address,
          address: ticket.address,
          abi: ticket.abi,
          functionName: "createJourney",
          args: [origin, destination, chainNow + departsIn, value, seatCount.value],
        });
      },
      { contractName: "TravelTicket", functionName: "createJourney", explain },
    );
  };

  return (
    <form className="lab-form" onSubmit={schedule} noValidate data-issuer-desk>
      <p className="small">
        The issuer here is the demo account <AddressLink address={issuer.address} />, which the local node
        signs for. On a public network only the issuer&apos;s own wallet creates journeys.
      </p>
      <div className="issuer-fields">
        <TextField
          label="From"
          value={origin}
          onChange={setOrigin}
          error={shown ? originProblem : undefined}
        />
        <TextField
          label="To"
          value={destination}
          onChange={setDestination}
          error={shown ? destinationProblem : undefined}
        />
        <DurationSelect label="Departs in" choices={DEPARTS_IN} value={departsIn} onChange={setDepartsIn} />
        <AmountField label="Price per seat" {...price.field} />
        <TextField
          label="Seats"
          value={seats}
          onChange={setSeats}
          inputMode="numeric"
          error={shown && !seatCount.ok ? seatCount.message : undefined}
        />
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={flow.busy}>
          Schedule the journey
        </button>
      </div>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </form>
  );
}
