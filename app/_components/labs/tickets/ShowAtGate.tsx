"use client";

import { useId, useState } from "react";
import { usePublicClient } from "wagmi";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useNetwork } from "../../../_hooks/useNetwork.ts";
import { useTypedDataSigner } from "../../../_hooks/useTypedDataSigner.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { explainError } from "../../../_lib/errors.ts";
import { formatTimestamp } from "../../../_lib/format.ts";
import {
  DEFAULT_PROOF_LIFETIME_SECONDS,
  type TicketProof,
  encodeTicketProof,
  ticketProofQrSvg,
  ticketProofTypedData,
} from "../../../_lib/ticket-proof.ts";
import { ticketName } from "../../../_lib/tickets.ts";
import { CopyButton } from "../../dapp/CopyButton.tsx";
import { ValiditySelect } from "../ValiditySelect.tsx";

/**
 * The holder's side of the gate: sign an EIP-712 `TicketProof(tokenId, holder, expiry)` and show it as
 * a QR code (and as text, to paste). Signing is free and sends nothing; the proof only says "the
 * holder of this ticket is here" until it expires.
 */
export function ShowAtGate({
  ticket,
  tokenId,
  onHandOver,
}: {
  ticket: TypedContract<"TravelTicket">;
  tokenId: bigint;
  onHandOver(proofText: string): void;
}) {
  const ids = useId();
  const network = useNetwork();
  const local = useLocalNode();
  const client = usePublicClient();
  const visitor = useVisitor();
  const sign = useTypedDataSigner();
  const [lifetime, setLifetime] = useState<bigint>(DEFAULT_PROOF_LIFETIME_SECONDS);
  const [proof, setProof] = useState<TicketProof>();
  const [problem, setProblem] = useState<string>();
  const [signing, setSigning] = useState(false);

  const signProof = async () => {
    if (!visitor || !client) return setProblem("Connect a wallet first (the button at the top right).");
    setSigning(true);
    setProblem(undefined);
    try {
      // The expiry is on the chain's clock, which the gate checks it against.
      const chainNow = (await client.getBlock({ blockTag: "pending" })).timestamp;
      const unsigned = {
        chainId: network.chainId,
        ticket: ticket.address,
        tokenId,
        holder: visitor,
        expiry: chainNow + lifetime,
      };
      const signature = await sign(ticketProofTypedData(unsigned));
      setProof({ ...unsigned, signature });
    } catch (error) {
      setProblem(explainError(error).message);
    } finally {
      setSigning(false);
    }
  };

  const text = proof ? encodeTicketProof(proof) : undefined;
  return (
    <section className="stack proof-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`} className="small-heading">
        A signed proof for the gate
      </h3>
      <p className="small">
        Your wallet signs <code>TicketProof(tokenId, holder, expiry)</code> for {ticketName(tokenId)}: it
        costs nothing and sends nothing. The gate checks the signature, the expiry and that you still hold the
        ticket on chain.
      </p>
      <div className="row align-end">
        <ValiditySelect value={lifetime} onChange={setLifetime} />
        <button type="button" className="button" disabled={signing} onClick={() => void signProof()}>
          {signing ? "Waiting for your wallet…" : proof ? "Sign a fresh proof" : "Sign the proof"}
        </button>
      </div>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      {proof && text ? (
        <div className="proof" data-proof>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn here, nothing to optimise */}
          <img
            className="proof-qr"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(ticketProofQrSvg(proof))}`}
            alt={`QR code of the signed proof for ${ticketName(tokenId)}`}
          />
          <div className="stack">
            <p className="small">
              Valid until <strong>{formatTimestamp(proof.expiry)}</strong> on the chain&apos;s clock.
              {local.available
                ? " Hand it to the gate below, scan it with a phone, or paste its text."
                : " Show the QR code to the inspector, or hand them its text: only their wallet can check you in."}
            </p>
            <pre className="payload" tabIndex={0} aria-label="The signed proof's text">
              {text}
            </pre>
            <div className="row">
              <CopyButton text={text} label="Copy the proof" />
              <button type="button" className="button small" onClick={() => onHandOver(text)}>
                Hand it to the gate below
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </section>
  );
}
