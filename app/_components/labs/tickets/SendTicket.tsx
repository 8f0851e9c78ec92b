"use client";

import { type FormEvent, useId, useState } from "react";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { localAccount, useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import { explainLabError } from "../../../_lib/lab-errors.ts";
import { checkRecipient, ticketExplainer } from "../../../_lib/tickets.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";

const explain = (error: unknown) => explainLabError(error, [ticketExplainer]);

/**
 * Sends a ticket with `safeTransferFrom`. A valid ticket moves; a souvenir does not: the simulation
 * comes back with TravelTicket's `TicketLocked` error, shown decoded, and nothing is signed.
 */
export function SendTicket({
  ticket,
  tokenId,
  locked,
}: {
  ticket: TypedContract<"TravelTicket">;
  tokenId: bigint;
  locked: boolean;
}) {
  const id = useId();
  const visitor = useVisitor();
  const local = useLocalNode();
  const flow = useWriteFlow();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();

  const send = (event: FormEvent) => {
    event.preventDefault();
    const recipient = checkRecipient(text, visitor);
    if (!recipient.ok) return setProblem(recipient.message);
    setProblem(undefined);
    void flow.write({
      contractName: "TravelTicket",
      address: ticket.address,
      abi: ticket.abi,
      functionName: "safeTransferFrom",
      args: [visitor!, recipient.address, tokenId],
      explain,
    });
  };

  return (
    <form className="lab-form" onSubmit={send} noValidate data-send-ticket>
      {locked ? (
        <p className="small">
          This ticket is a souvenir now. Try to send it anyway: the contract refuses, and here is why.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={id}>Send to (address)</label>
        <input
          id={id}
          className="mono"
          value={text}
          placeholder="0x…"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setText(event.target.value)}
          {...invalidFieldProps(id, problem)}
        />
        <FieldError fieldId={id} error={problem} />
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={flow.busy}>
          Send the ticket
        </button>
        {local.available ? (
          <button
            type="button"
            className="button ghost small"
            onClick={() => setText(localAccount("Tourist").address)}
          >
            Use the Tourist&apos;s address
          </button>
        ) : null}
      </div>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </form>
  );
}
