"use client";

// The Tickets lab's reads: journeys, the visitor's tickets with their on-chain pictures, and what the
// visitor did (bought, checked in) from TravelTicket's events. Whatever depends on time is read at
// the pending block, the state the next transaction will see.
import { useQuery } from "@tanstack/react-query";
import type { Address, Hash } from "viem";
import { usePublicClient } from "wagmi";

import { decodeTicketMetadata } from "../../scripts/lib/token-uri.ts";
import { type PurchaseMethod, TICKET_STATUSES, purchaseMethod, splitTicketId } from "../_lib/tickets.ts";
import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";

export interface JourneyRow {
  id: bigint;
  origin: string;
  destination: string;
  price: bigint;
  departure: bigint;
  capacity: number;
  sold: number;
  cancelled: boolean;
}

/** Every journey, oldest first, refreshed with every block. */
export function useJourneys(ticket: TypedContract<"TravelTicket"> | undefined) {
  return useLiveQuery(
    ["journeys", ticket?.address],
    async (client): Promise<JourneyRow[]> => {
      const count = await client.readContract({ ...ticket!, functionName: "journeyCount" });
      const ids = Array.from({ length: Number(count) }, (_, index) => BigInt(index + 1));
      return Promise.all(
        ids.map(async (id) => {
          const journey = await client.readContract({ ...ticket!, functionName: "journey", args: [id] });
          return {
            id,
            origin: journey.origin,
            destination: journey.destination,
            price: journey.price,
            departure: journey.departure,
            capacity: journey.capacity,
            sold: journey.sold,
            cancelled: journey.cancelled,
          };
        }),
      );
    },
    { enabled: Boolean(ticket) },
  );
}

/** How long before departure the gate opens, in seconds (a constant of the contract). */
export function useBoardingWindow(ticket: TypedContract<"TravelTicket"> | undefined): bigint | undefined {
  const client = usePublicClient();
  return useQuery({
    queryKey: ["wayfare", "boarding-window", ticket?.address],
    enabled: Boolean(client && ticket),
    staleTime: Infinity,
    queryFn: () => client!.readContract({ ...ticket!, functionName: "BOARDING_WINDOW" }),
  }).data;
}

export interface OwnedTicket {
  tokenId: bigint;
  journeyId: bigint;
  seat: number;
  checkedIn: boolean;
  /** The contract's answer at the pending block. */
  status: (typeof TICKET_STATUSES)[number];
  /** `tokenURI`'s name and SVG picture (a data URI). */
  name: string;
  image: string;
}

/**
 * The tickets `holder` holds now: every token ever sent to them (ERC-721 `Transfer` events) that
 * `ownerOf` still names them for, with `ticket()` and `tokenURI()` read at the pending block.
 */
export function useOwnedTickets(
  ticket: TypedContract<"TravelTicket"> | undefined,
  holder: Address | undefined,
) {
  return useLiveQuery(
    ["owned-tickets", ticket?.address, holder],
    async (client): Promise<OwnedTicket[]> => {
      const received = await client.getContractEvents({
        ...ticket!,
        eventName: "Transfer",
        args: { to: holder },
        fromBlock: 0n,
      });
      const tokenIds = [...new Set(received.map((log) => log.args.tokenId!))];
      const owned = await Promise.all(
        tokenIds.map(async (tokenId): Promise<OwnedTicket | undefined> => {
          const owner = await client
            .readContract({ ...ticket!, functionName: "ownerOf", args: [tokenId], blockTag: "pending" })
            .catch(() => undefined); // refunded (burned) since
          if (owner?.toLowerCase() !== holder!.toLowerCase()) return undefined;
          const [facts, uri] = await Promise.all([
            client.readContract({ ...ticket!, functionName: "ticket", args: [tokenId], blockTag: "pending" }),
            client.readContract({
              ...ticket!,
              functionName: "tokenURI",
              args: [tokenId],
              blockTag: "pending",
            }),
          ]);
          const metadata = decodeTicketMetadata(uri);
          return {
            tokenId,
            ...splitTicketId(tokenId),
            checkedIn: facts.checkedIn,
            status: TICKET_STATUSES[facts.status] ?? "valid",
            name: metadata.name,
            image: metadata.image,
          };
        }),
      );
      return owned.filter((entry) => entry !== undefined).sort((a, b) => (a.tokenId < b.tokenId ? 1 : -1));
    },
    { enabled: Boolean(ticket && holder) },
  );
}

export interface Purchase {
  tokenId: bigint;
  journeyId: bigint;
  price: bigint;
  hash: Hash;
  method: PurchaseMethod;
}

export interface CheckIn {
  tokenId: bigint;
  hash: Hash;
  inspector: Address;
}

/** What `visitor` did with tickets, from the contract's events: purchases (and how) and check-ins. */
export function useTicketHistory(
  ticket: TypedContract<"TravelTicket"> | undefined,
  token: TypedContract<"TripToken"> | undefined,
  visitor: Address | undefined,
) {
  return useLiveQuery(
    ["ticket-history", ticket?.address, visitor],
    async (client): Promise<{ purchases: Purchase[]; checkIns: CheckIn[] }> => {
      const [bought, checkedIn] = await Promise.all([
        client.getContractEvents({
          ...ticket!,
          eventName: "TicketBought",
          args: { buyer: visitor },
          fromBlock: 0n,
        }),
        client.getContractEvents({
          ...ticket!,
          eventName: "CheckedIn",
          args: { holder: visitor },
          fromBlock: 0n,
        }),
      ]);
      const purchases = await Promise.all(
        bought.map(async (log) => {
          const tx = await client.getTransaction({ hash: log.transactionHash });
          return {
            tokenId: log.args.tokenId!,
            journeyId: log.args.journeyId!,
            price: log.args.price!,
            hash: log.transactionHash,
            method: purchaseMethod(tx, { token: token!.address, ticket: ticket!.address }),
          };
        }),
      );
      return {
        purchases,
        checkIns: checkedIn.map((log) => ({
          tokenId: log.args.tokenId!,
          hash: log.transactionHash,
          inspector: log.args.inspector!,
        })),
      };
    },
    { enabled: Boolean(ticket && token && visitor) },
  );
}
