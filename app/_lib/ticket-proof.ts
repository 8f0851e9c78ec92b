// A holder's proof that they hold a ticket, for the gate: an EIP-712 signature over
// `TicketProof(uint256 tokenId, address holder, uint256 expiry)`, carried in a QR code.
//
// TravelTicket has no EIP-712 domain of its own (it verifies no signatures), so the proof defines one:
// name "Wayfare Ticket Proof", version "1", the chain's id, and the ticket contract as
// `verifyingContract`. A proof therefore cannot be replayed for another ticket contract or chain, and no
// contract accepts it as anything else. Nothing about it is on chain: the gate checks the signature
// off-chain and `ownerOf(tokenId)` on chain, so a ticket that moved since the proof was signed fails.
import { type Address, type Hex, getAddress, isAddress, isHex, recoverTypedDataAddress } from "viem";
import { renderSVG } from "uqr";

import { formatTimestamp, shortHex } from "./format.ts";

const TICKET_PROOF_DOMAIN_NAME = "Wayfare Ticket Proof";
const TICKET_PROOF_DOMAIN_VERSION = "1";

export const TICKET_PROOF_TYPES = {
  TicketProof: [
    { name: "tokenId", type: "uint256" },
    { name: "holder", type: "address" },
    { name: "expiry", type: "uint256" },
  ],
} as const;

/** How long a proof is valid by default: long enough to walk to the gate, short enough not to share. */
export const DEFAULT_PROOF_LIFETIME_SECONDS = 10n * 60n;
/** The gate refuses proofs valid for longer than this: a screenshot should not work all day. */
const MAX_PROOF_LIFETIME_SECONDS = 24n * 60n * 60n;

/** The URI scheme of the QR code's text. */
const PROOF_URI = "wayfare:ticket-proof";

export interface TicketProof {
  chainId: number;
  /** The TravelTicket contract. */
  ticket: Address;
  tokenId: bigint;
  holder: Address;
  /** Valid while the chain's time is before this (seconds since 1970). */
  expiry: bigint;
  signature: Hex;
}

function ticketProofDomain(chainId: number, ticket: Address) {
  return {
    name: TICKET_PROOF_DOMAIN_NAME,
    version: TICKET_PROOF_DOMAIN_VERSION,
    chainId,
    verifyingContract: ticket,
  } as const;
}

/** The typed data the holder signs (`eth_signTypedData_v4`). */
export function ticketProofTypedData(input: Omit<TicketProof, "signature">) {
  return {
    domain: ticketProofDomain(input.chainId, input.ticket),
    types: TICKET_PROOF_TYPES,
    primaryType: "TicketProof" as const,
    message: { tokenId: input.tokenId, holder: input.holder, expiry: input.expiry },
  };
}

/** The QR code's text: a short URI with every field, so the gate needs nothing else. */
export function encodeTicketProof(proof: TicketProof): string {
  const params = new URLSearchParams({
    chain: String(proof.chainId),
    contract: proof.ticket,
    token: proof.tokenId.toString(),
    holder: proof.holder,
    expiry: proof.expiry.toString(),
    sig: proof.signature,
  });
  return `${PROOF_URI}?${params.toString()}`;
}

export type DecodedProof = { ok: true; proof: TicketProof } | { ok: false; message: string };

/** Reads a scanned or pasted proof; says what is wrong with it otherwise. */
export function decodeTicketProof(text: string): DecodedProof {
  const trimmed = text.trim();
  if (!trimmed.startsWith(`${PROOF_URI}?`)) {
    return {
      ok: false,
      message: `This is not a Wayfare ticket proof: it should start with "${PROOF_URI}?".`,
    };
  }
  const params = new URLSearchParams(trimmed.slice(PROOF_URI.length + 1));
  const field = (name: string) => params.get(name) ?? "";
  const whole = (name: string) => /^\d+$/.test(field(name));
  const problems: string[] = [];
  if (!whole("chain")) problems.push("the chain id");
  if (!isAddress(field("contract"), { strict: false })) problems.push("the ticket contract");
  if (!whole("token")) problems.push("the ticket number");
  if (!isAddress(field("holder"), { strict: false })) problems.push("the holder");
  if (!whole("expiry")) problems.push("the expiry");
  if (!isHex(field("sig")) || field("sig").length !== 2 + 65 * 2) problems.push("the signature");
  if (problems.length > 0) {
    return { ok: false, message: `This ticket proof is damaged: ${problems.join(", ")} cannot be read.` };
  }
  return {
    ok: true,
    proof: {
      chainId: Number(field("chain")),
      ticket: getAddress(field("contract")),
      tokenId: BigInt(field("token")),
      holder: getAddress(field("holder")),
      expiry: BigInt(field("expiry")),
      signature: field("sig") as Hex,
    },
  };
}

/** The QR code of a proof as an SVG document (black on white, which every scanner reads). */
export function ticketProofQrSvg(proof: TicketProof): string {
  return renderSVG(encodeTicketProof(proof), { ecc: "M", border: 2, pixelSize: 6 });
}

export type ProofCheckName = "network" | "signature" | "expiry" | "owner";

export interface ProofCheck {
  name: ProofCheckName;
  ok: boolean;
  message: string;
}

export interface ProofVerification {
  ok: boolean;
  checks: ProofCheck[];
}

export interface GateContext {
  chainId: number;
  /** The TravelTicket contract this gate checks in to. */
  ticket: Address;
  /** The chain's clock (the pending block's timestamp), not the wall clock. */
  chainNow: bigint;
  /** `ownerOf(tokenId)` on chain; throws if the ticket does not exist. */
  ownerOf(tokenId: bigint): Promise<Address>;
}

/**
 * What the gate checks before checking in: the proof is for this chain and contract, it was signed by
 * the holder it names, it has not expired (nor claims an absurd lifetime), and that holder still owns
 * the ticket on chain. Every check is reported, passed or failed.
 */
export async function verifyTicketProof(proof: TicketProof, gate: GateContext): Promise<ProofVerification> {
  const checks: ProofCheck[] = [];
  const sameNetwork =
    proof.chainId === gate.chainId && proof.ticket.toLowerCase() === gate.ticket.toLowerCase();
  checks.push({
    name: "network",
    ok: sameNetwork,
    message: sameNetwork
      ? `For this gate's tickets (chain ${gate.chainId}).`
      : `Made for chain ${proof.chainId} and contract ${shortHex(proof.ticket)}, not this gate's chain ${gate.chainId} and contract ${shortHex(gate.ticket)}.`,
  });

  let signer: Address | undefined;
  try {
    signer = await recoverTypedDataAddress({ ...ticketProofTypedData(proof), signature: proof.signature });
  } catch {
    signer = undefined;
  }
  const signedByHolder = signer !== undefined && signer.toLowerCase() === proof.holder.toLowerCase();
  checks.push({
    name: "signature",
    ok: signedByHolder,
    message: signedByHolder
      ? `Signed by ${shortHex(proof.holder)}, the holder it names.`
      : signer
        ? `Signed by ${shortHex(signer)}, not by ${shortHex(proof.holder)}: the proof was altered or forged.`
        : "The signature cannot be read: the proof was altered.",
  });

  const remaining = proof.expiry - gate.chainNow;
  const expiryOk = remaining > 0n && remaining <= MAX_PROOF_LIFETIME_SECONDS;
  checks.push({
    name: "expiry",
    ok: expiryOk,
    message:
      remaining <= 0n
        ? `Expired at ${formatTimestamp(proof.expiry)} (the chain's clock says ${formatTimestamp(gate.chainNow)}): the holder must show a fresh one.`
        : remaining > MAX_PROOF_LIFETIME_SECONDS
          ? `Valid until ${formatTimestamp(proof.expiry)}: longer than a day, which the gate refuses so a copied proof cannot be used for long.`
          : `Valid until ${formatTimestamp(proof.expiry)} (${remaining} s left).`,
  });

  let owner: Address | undefined;
  let ownerError: string | undefined;
  try {
    owner = await gate.ownerOf(proof.tokenId);
  } catch {
    ownerError = `Ticket ${proof.tokenId} does not exist on chain (never sold, or refunded).`;
  }
  const holds = owner !== undefined && owner.toLowerCase() === proof.holder.toLowerCase();
  checks.push({
    name: "owner",
    ok: holds,
    message:
      ownerError ??
      (holds
        ? `${shortHex(proof.holder)} holds ticket ${proof.tokenId} on chain right now.`
        : `Ticket ${proof.tokenId} now belongs to ${shortHex(owner!)}, not ${shortHex(proof.holder)}.`),
  });

  return { ok: checks.every((check) => check.ok), checks };
}
