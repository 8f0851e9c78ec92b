"use client";

import { type FormEvent, useCallback, useId, useState } from "react";
import { usePublicClient } from "wagmi";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { localAccount, useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useNetwork } from "../../../_hooks/useNetwork.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import { explainError } from "../../../_lib/errors.ts";
import { formatTimestamp } from "../../../_lib/format.ts";
import { explainLabError } from "../../../_lib/lab-errors.ts";
import { increaseTime, writeAsUnlocked } from "../../../_lib/local-node.ts";
import {
  type ProofVerification,
  type TicketProof,
  decodeTicketProof,
  verifyTicketProof,
} from "../../../_lib/ticket-proof.ts";
import { boardingAt, relativeTime, ticketExplainer, ticketName } from "../../../_lib/tickets.ts";
import { AddressLink } from "../../dapp/AddressLink.tsx";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";
import { QrScanner } from "./QrScanner.tsx";

const explain = (error: unknown) => explainLabError(error, [ticketExplainer]);

/** Seconds past the opening of boarding that time travel lands on, so the next block is inside it. */
const BOARDING_MARGIN_SECONDS = 5n;

interface Checked {
  proof: TicketProof;
  verification: ProofVerification;
  chainNow: bigint;
}

/**
 * The inspector's view of the gate: read a holder's signed proof (pasted, or scanned where the browser
 * can), check its signature, expiry and `ownerOf` on chain, then check the ticket in. On the local
 * chain the Inspector is one of the node's test accounts, which the node signs for; elsewhere only a
 * connected wallet with the inspector's role can check in.
 */
export function Gate({
  ticket,
  boardingWindow,
  text,
  onTextChange,
}: {
  ticket: TypedContract<"TravelTicket">;
  boardingWindow: bigint | undefined;
  text: string;
  onTextChange(text: string): void;
}) {
  const id = useId();
  const network = useNetwork();
  const local = useLocalNode();
  const client = usePublicClient();
  const visitor = useVisitor();
  const flow = useWriteFlow();
  const [fieldProblem, setFieldProblem] = useState<string>();
  const [checked, setChecked] = useState<Checked>();
  const [verifying, setVerifying] = useState(false);
  const [timeNote, setTimeNote] = useState<string>();
  const inspector = localAccount("Inspector");

  const walletIsInspector = useLiveQuery(
    ["is-inspector", ticket.address, visitor],
    async (reader) => {
      const role = await reader.readContract({ ...ticket, functionName: "INSPECTOR_ROLE" });
      return reader.readContract({ ...ticket, functionName: "hasRole", args: [role, visitor!] });
    },
    { enabled: Boolean(visitor) && !local.available },
  ).data;

  const tokenId = checked?.proof.tokenId;
  const onChain = useLiveQuery(
    ["gate-ticket", ticket.address, tokenId?.toString()],
    async (reader) => {
      const facts = await reader
        .readContract({ ...ticket, functionName: "ticket", args: [tokenId!], blockTag: "pending" })
        .catch(() => undefined);
      if (!facts) return null;
      const journey = await reader.readContract({
        ...ticket,
        functionName: "journey",
        args: [facts.journeyId],
      });
      return { checkedIn: facts.checkedIn, journey };
    },
    { enabled: tokenId !== undefined },
  ).data;

  /** Every check of the proof, against the chain as the next block will see it. */
  const verify = useCallback(
    async (proof: TicketProof): Promise<Checked> => {
      const chainNow = (await client!.getBlock({ blockTag: "pending" })).timestamp;
      const verification = await verifyTicketProof(proof, {
        chainId: network.chainId,
        ticket: ticket.address,
        chainNow,
        ownerOf: (token) =>
          client!.readContract({ ...ticket, functionName: "ownerOf", args: [token], blockTag: "pending" }),
      });
      return { proof, verification, chainNow };
    },
    [client, network.chainId, ticket],
  );

  const read = async (event?: FormEvent) => {
    event?.preventDefault();
    const decoded = decodeTicketProof(text);
    setChecked(undefined);
    flow.reset();
    setTimeNote(undefined);
    if (!decoded.ok) return setFieldProblem(decoded.message);
    setFieldProblem(undefined);
    setVerifying(true);
    try {
      setChecked(await verify(decoded.proof));
    } catch (error) {
      setFieldProblem(explainError(error).message);
    } finally {
      setVerifying(false);
    }
  };

  const checkIn = async () => {
    if (!checked) return;
    // The proof may have expired, or the ticket moved, since it was read: check again first.
    let fresh: Checked;
    try {
      fresh = await verify(checked.proof);
    } catch (error) {
      setFieldProblem(explainError(error).message);
      return;
    }
    setChecked(fresh);
    if (!fresh.verification.ok) return;
    const args = [checked.proof.tokenId] as const;
    if (local.available) {
      await flow.track(
        async ({ step }) => {
          step("The Inspector checks the ticket in…");
          return writeAsUnlocked(local.client!, {
            from: inspector.address,
            address: ticket.address,
            abi: ticket.abi,
            functionName: "checkIn",
            args,
          });
        },
        { contractName: "TravelTicket", functionName: "checkIn", explain },
      );
    } else {
      await flow.write({
        contractName: "TravelTicket",
        address: ticket.address,
        abi: ticket.abi,
        functionName: "checkIn",
        args,
        explain,
      });
    }
  };

  const boarding =
    onChain && checked && boardingWindow !== undefined
      ? boardingAt(onChain.journey.departure, boardingWindow, checked.chainNow)
      : undefined;

  const waitForBoarding = async (opensAt: bigint) => {
    setTimeNote(undefined);
    try {
      const chainNow = (await client!.getBlock({ blockTag: "pending" })).timestamp;
      // Boarding may have opened meanwhile: then only the margin passes.
      const wait = opensAt > chainNow ? opensAt - chainNow : 0n;
      await increaseTime(local.node, wait + BOARDING_MARGIN_SECONDS);
      setTimeNote("The chain's clock jumped to the opening of boarding.");
      if (checked) setChecked(await verify(checked.proof));
    } catch (error) {
      setTimeNote(explainError(error).message);
    }
  };

  const canCheckIn = local.available || walletIsInspector === true;

  return (
    <div className="stack" data-gate>
      <p className="small">
        {local.available ? (
          <>
            At this gate the inspector is the demo account <AddressLink address={inspector.address} />: the
            local node signs its transactions, and your browser never holds its key.
          </>
        ) : walletIsInspector ? (
          "Your wallet holds the inspector's role: you can check tickets in here."
        ) : (
          `Only a wallet with the inspector's role can check tickets in on ${network.name}. Anyone can verify a proof here; to check in, show the QR code or hand its text to the inspector.`
        )}
      </p>
      <form className="lab-form" onSubmit={(event) => void read(event)} noValidate>
        <div className="field">
          <label htmlFor={id}>Ticket proof</label>
          <textarea
            id={id}
            className="payload-input"
            value={text}
            onChange={(event) => onTextChange(event.target.value)}
            placeholder="wayfare:ticket-proof?chain=…&contract=…&token=…&holder=…&expiry=…&sig=…"
            spellCheck={false}
            {...invalidFieldProps(id, fieldProblem)}
          />
          <FieldError fieldId={id} error={fieldProblem} />
        </div>
        <QrScanner onText={onTextChange} />
        <div className="row">
          <button type="submit" className="button" disabled={verifying}>
            {verifying ? "Checking…" : "Verify the proof"}
          </button>
        </div>
      </form>

      {checked ? (
        <section
          className="card stack"
          aria-labelledby={`${id}-verdict`}
          data-verdict={checked.verification.ok}
        >
          <h3 id={`${id}-verdict`} className="small-heading">
            {checked.verification.ok
              ? `Proof accepted for ${ticketName(checked.proof.tokenId)}`
              : `Proof refused for ${ticketName(checked.proof.tokenId)}`}
          </h3>
          <ul className="check-list">
            {checked.verification.checks.map((check) => (
              <li
                key={check.name}
                className={check.ok ? "ok" : "failed"}
                data-check={check.name}
                data-ok={check.ok}
              >
                <span className="check-mark" aria-hidden="true">
                  {check.ok ? "✓" : "✗"}
                </span>
                <span>
                  <span className="visually-hidden">{check.ok ? "Passed: " : "Failed: "}</span>
                  <strong>{CHECK_NAMES[check.name]}</strong> {check.message}
                </span>
              </li>
            ))}
          </ul>
          {onChain ? (
            <p className="small">
              {onChain.journey.origin} → {onChain.journey.destination}, departing{" "}
              {formatTimestamp(onChain.journey.departure)}.{" "}
              {onChain.checkedIn
                ? "Checked in: this ticket is a souvenir now."
                : boarding?.phase === "open"
                  ? `Boarding is open until departure (${relativeTime(onChain.journey.departure, checked.chainNow)}).`
                  : boarding?.phase === "not-open"
                    ? `Boarding opens at ${formatTimestamp(boarding.opensAt)} (${relativeTime(boarding.opensAt, checked.chainNow)}).`
                    : boarding?.phase === "departed"
                      ? "The journey has departed: too late to board."
                      : null}
            </p>
          ) : null}
          {checked.verification.ok && onChain && !onChain.checkedIn ? (
            <div className="row">
              {canCheckIn ? (
                <button type="button" className="button" disabled={flow.busy} onClick={() => void checkIn()}>
                  {local.available ? "Check the ticket in (as the Inspector)" : "Check the ticket in"}
                </button>
              ) : null}
              {local.available && boarding?.phase === "not-open" ? (
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => void waitForBoarding(boarding.opensAt)}
                >
                  Jump to the opening of boarding (local chain)
                </button>
              ) : null}
            </div>
          ) : null}
          {timeNote ? (
            <p className="small" aria-live="polite">
              {timeNote}
            </p>
          ) : null}
          <TransactionStatus state={flow.state} onDismiss={flow.reset} />
        </section>
      ) : null}
    </div>
  );
}

const CHECK_NAMES = {
  network: "Network:",
  signature: "Signature:",
  expiry: "Expiry:",
  owner: "Holder on chain:",
} as const;
