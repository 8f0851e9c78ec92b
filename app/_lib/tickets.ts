// Journeys and tickets as the Tickets lab shows them: what is on sale, when boarding opens, what a
// ticket is worth at the gate (all on the chain's clock), how it was paid for, and TravelTicket's
// refusals in plain words.
import {
  type Address,
  type Hex,
  encodeAbiParameters,
  getAddress,
  isAddress,
  isAddressEqual,
  keccak256,
  toFunctionSelector,
  toHex,
} from "viem";

import { PERMIT_TYPES } from "../../scripts/lib/typed-data.ts";
import type { TokenDomain } from "./eip3009.ts";
import { formatAmount, formatDuration, formatTimestamp, shortHex } from "./format.ts";
import type { RevertExplainer } from "./lab-errors.ts";

/** A token id is `journeyId << 32 | seat` (TravelTicket's SEAT_BITS). */
const SEAT_BITS = 32n;
const SEAT_MASK = (1n << SEAT_BITS) - 1n;

export function splitTicketId(tokenId: bigint): { journeyId: bigint; seat: number } {
  return { journeyId: tokenId >> SEAT_BITS, seat: Number(tokenId & SEAT_MASK) };
}

/** "journey 2, seat 7": how people name a ticket (its token id is a 40-bit number). */
export function ticketName(tokenId: bigint): string {
  const { journeyId, seat } = splitTicketId(tokenId);
  return `journey ${journeyId}, seat ${seat}`;
}

/** The fields of `TravelTicket.journey(id)` the lab uses. */
export interface JourneyFacts {
  price: bigint;
  /** Unix time in seconds. */
  departure: bigint;
  capacity: number;
  sold: number;
  cancelled: boolean;
}

export type SaleState = "on-sale" | "sold-out" | "departed" | "cancelled";

/** Whether a seat can be bought at `chainNow`, in the order TravelTicket checks it. */
export function saleState(journey: JourneyFacts, chainNow: bigint): SaleState {
  if (journey.cancelled) return "cancelled";
  if (chainNow >= journey.departure) return "departed";
  if (journey.sold >= journey.capacity) return "sold-out";
  return "on-sale";
}

export function seatsLeft(journey: JourneyFacts): number {
  return Math.max(0, journey.capacity - journey.sold);
}

export type Boarding =
  { phase: "not-open"; opensAt: bigint } | { phase: "open"; closesAt: bigint } | { phase: "departed" };

/** The gate is open during `[departure - window, departure)` on the chain's clock. */
export function boardingAt(departure: bigint, window: bigint, chainNow: bigint): Boarding {
  if (chainNow >= departure) return { phase: "departed" };
  if (chainNow + window < departure) return { phase: "not-open", opensAt: departure - window };
  return { phase: "open", closesAt: departure };
}

/**
 * Upcoming journeys first, soonest departure first; then departed and cancelled ones, most recent
 * first, so what can still be bought is at the top.
 */
export function journeyOrder(chainNow: bigint) {
  return (a: JourneyFacts, b: JourneyFacts): number => {
    const aOver = a.cancelled || chainNow >= a.departure;
    const bOver = b.cancelled || chainNow >= b.departure;
    if (aOver !== bOver) return aOver ? 1 : -1;
    if (a.departure === b.departure) return 0;
    return a.departure < b.departure === !aOver ? -1 : 1;
  };
}

/** "in 1 h 30 min" or "5 min ago", from the chain's clock. */
export function relativeTime(at: bigint, chainNow: bigint): string {
  return at >= chainNow ? `in ${formatDuration(at - chainNow)}` : `${formatDuration(chainNow - at)} ago`;
}

/** `ITravelTicket.TicketStatus`, in the enum's order. */
export const TICKET_STATUSES = ["valid", "checked-in", "departed", "cancelled"] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/**
 * A ticket's status at `chainNow`, with TravelTicket's precedence (cancelled, checked in, departed,
 * valid): the contract's own answer is only as fresh as the block it was read at.
 */
export function ticketStatusAt(
  ticket: { checkedIn: boolean; cancelled: boolean; departure: bigint },
  chainNow: bigint,
): TicketStatus {
  if (ticket.cancelled) return "cancelled";
  if (ticket.checkedIn) return "checked-in";
  if (chainNow >= ticket.departure) return "departed";
  return "valid";
}

export const TICKET_STATUS_LABELS: Record<TicketStatus, string> = {
  valid: "Valid",
  "checked-in": "Souvenir: checked in",
  departed: "Souvenir: departed",
  cancelled: "Cancelled: refundable",
};

/** Checked-in tickets and tickets of departed journeys are locked to their holder (ERC-5192). */
export function isLocked(status: TicketStatus): boolean {
  return status === "checked-in" || status === "departed";
}

/** `transferAndCall(ticket, price, data)` buys a seat of `journeyId` with this data. */
export function journeyPaymentData(journeyId: bigint): Hex {
  return encodeAbiParameters([{ type: "uint256" }], [journeyId]);
}

/** The EIP-2612 permit for exactly a seat's price, signed by the buyer for `buyTicketWithPermit`. */
export function ticketPermitTypedData(
  domain: TokenDomain,
  permit: { owner: Address; spender: Address; value: bigint; nonce: bigint; deadline: bigint },
) {
  return { domain, types: PERMIT_TYPES, primaryType: "Permit" as const, message: permit };
}

export type PurchaseMethod = "permit" | "transferAndCall" | "allowance" | "other";

const SELECTORS = {
  buyTicket: toFunctionSelector("buyTicket(uint256)"),
  buyTicketWithPermit: toFunctionSelector("buyTicketWithPermit(uint256,uint256,uint8,bytes32,bytes32)"),
  transferAndCall: toFunctionSelector("transferAndCall(address,uint256,bytes)"),
} as const;

/**
 * How a ticket was paid for, from the transaction that bought it: a permit and `buyTicketWithPermit`,
 * TRIP's `transferAndCall`, or an earlier approval and `buyTicket`. A purchase made through another
 * contract (a smart account, a marketplace) is "other".
 */
export function purchaseMethod(
  tx: { to: Address | null; input: Hex },
  contracts: { token: Address; ticket: Address },
): PurchaseMethod {
  if (!tx.to) return "other";
  const selector = tx.input.slice(0, 10).toLowerCase();
  if (isAddressEqual(tx.to, contracts.ticket)) {
    if (selector === SELECTORS.buyTicketWithPermit) return "permit";
    if (selector === SELECTORS.buyTicket) return "allowance";
  }
  if (isAddressEqual(tx.to, contracts.token) && selector === SELECTORS.transferAndCall) {
    return "transferAndCall";
  }
  return "other";
}

/** Whom to send a ticket to: a message at the field, or the address. */
export function checkRecipient(
  text: string,
  holder: Address | undefined,
): { ok: true; address: Address } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Enter the address to send the ticket to." };
  if (!isAddress(trimmed, { strict: false })) {
    return { ok: false, message: "That is not an address: 0x followed by 40 hexadecimal digits." };
  }
  if (/^0x0{40}$/i.test(trimmed)) {
    return { ok: false, message: "The zero address burns nothing and holds nothing: pick a real recipient." };
  }
  if (holder && isAddressEqual(trimmed, holder)) {
    return { ok: false, message: "That is your own address: the ticket is already yours." };
  }
  return { ok: true, address: getAddress(trimmed) };
}

/** TravelTicket's limit on place names, in bytes of UTF-8 (`MAX_PLACE_NAME_LENGTH`). */
const MAX_PLACE_NAME_BYTES = 32;

/** Control characters (C0, DEL, C1) and the noncharacters U+FFFE/U+FFFF, which TravelTicket refuses. */
const NOT_PRINTABLE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;

/** A place name as TravelTicket accepts it (`InvalidPlaceName` otherwise), or why not. */
export function checkPlaceName(text: string): string | undefined {
  if (text.trim() === "") return "Enter a place name.";
  if (text !== text.replace(/^ +| +$/g, "")) return "Remove the spaces at the start or end.";
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PLACE_NAME_BYTES) {
    return `At most ${MAX_PLACE_NAME_BYTES} bytes of UTF-8; this name has ${bytes}.`;
  }
  if (NOT_PRINTABLE.test(text)) return "Only printable characters: no line breaks or control characters.";
  return undefined;
}

/** Seats on a journey: a whole number from 1 to 2³² − 1 (a `uint32`). */
export function parseSeats(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Enter how many seats the journey has." };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: "Seats are a whole number, like 40." };
  const value = Number(trimmed);
  if (value < 1) return { ok: false, message: "A journey needs at least one seat." };
  if (value > 0xffff_ffff) return { ok: false, message: "At most 4,294,967,295 seats (a uint32)." };
  return { ok: true, value };
}

const INSPECTOR_ROLE = keccak256(toHex("INSPECTOR_ROLE"));
const ISSUER_ROLE = keccak256(toHex("ISSUER_ROLE"));

function roleName(role: unknown): string {
  if (role === INSPECTOR_ROLE) return "the inspector's role";
  if (role === ISSUER_ROLE) return "the issuer's role";
  return "the role it needs";
}

/** `TicketLocked(8589934593)`: the decoded custom error, as a developer would look it up. */
function signature(errorName: string, args: readonly unknown[]): string {
  return `${errorName}(${args.map((arg) => String(arg)).join(", ")})`;
}

/** TravelTicket's refusals that a visitor or the gate runs into, each with what to do next. */
export const ticketExplainer: RevertExplainer = ({ errorName, args }) => {
  const said = (sentence: string) => `${sentence} The contract's error: ${signature(errorName, args)}.`;
  switch (errorName) {
    case "TicketLocked":
      return said(
        `Ticket ${ticketName(args[0] as bigint)} is a souvenir: checked in (or its journey departed), it is locked to its holder (ERC-5192) and TravelTicket refuses to move it.`,
      );
    case "SoldOut":
      return said(`Journey ${args[0]} is sold out: every seat is taken. Pick another journey.`);
    case "AlreadyDeparted":
      return said(
        `Journey ${args[0]} departed at ${formatTimestamp(args[1] as bigint)} on the chain's clock: no more sales or check-ins.`,
      );
    case "CancelledJourney":
      return said(`Journey ${args[0]} was cancelled: its tickets can only be refunded.`);
    case "UnknownJourney":
      return said(`There is no journey ${args[0]}.`);
    case "BoardingNotOpen":
      return said(
        `Boarding for journey ${args[0]} opens at ${formatTimestamp(args[1] as bigint)}, two hours before departure: check in then.`,
      );
    case "AlreadyCheckedIn":
      return said(`Ticket ${ticketName(args[0] as bigint)} was checked in already: it cannot board twice.`);
    case "IncorrectPayment":
      return said(
        `Journey ${args[0]} costs ${formatAmount(args[2] as bigint, 18)} TRIP and ${formatAmount(args[1] as bigint, 18)} TRIP was sent.`,
      );
    case "ERC721NonexistentToken":
      return said(`Ticket ${ticketName(args[0] as bigint)} does not exist: never sold, or refunded.`);
    case "ERC721IncorrectOwner":
    case "ERC721InsufficientApproval":
      return said("Only the ticket's holder, or someone they approved, can move it.");
    case "ERC721InvalidReceiver":
      return said(
        `${shortHex(String(args[0]))} cannot receive tickets: it is a contract that does not accept ERC-721 tokens.`,
      );
    case "AccessControlUnauthorizedAccount":
      return said(`${shortHex(String(args[0]))} does not hold ${roleName(args[1])}.`);
    default:
      return undefined;
  }
};
