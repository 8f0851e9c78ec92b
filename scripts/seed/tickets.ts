import { encodeAbiParameters, parseEther } from "viem";

import type { SeedContext } from "./context.ts";

const MINUTE = 60n;
const HOUR = 60n * MINUTE;
const DAY = 24n * HOUR;
/** ETH each ticket-buying bot changes into TRIP (1,000 TRIP at the default rate). */
const BUYER_FLOAT_ETH = "1";
const BUYERS = ["Bot Ada", "Bot Bo", "Bot Cy"] as const;

type Buyer = (typeof BUYERS)[number];

interface Journey {
  origin: string;
  destination: string;
  /** Seconds from the chain's current time. */
  departsIn: bigint;
  /** TRIP per seat. */
  price: string;
  capacity: number;
}

/**
 * Journeys for the Tickets lab: one that has already departed (with a souvenir), one boarding now,
 * one with a single seat left and one far ahead. Bots buy the seats, half with an allowance and half
 * with `transferAndCall`, so the tourist starts with no tickets and every way of buying shows up in
 * the explorer.
 */
export async function seedTickets(ctx: SeedContext): Promise<void> {
  const tickets = ctx.contracts.TravelTicket;
  if (!tickets) throw new Error("TravelTicket is not in the deployment.");
  const ticketAddress = tickets.address;
  for (const buyer of BUYERS) await ctx.write(buyer, "TripExchange", "buy", [], parseEther(BUYER_FLOAT_ETH));

  const chainTime = async () => (await ctx.publicClient.getBlock()).timestamp;

  const create = async (journey: Journey): Promise<bigint> => {
    const departure = (await chainTime()) + journey.departsIn;
    await ctx.write("Issuer", "TravelTicket", "createJourney", [
      journey.origin,
      journey.destination,
      departure,
      parseEther(journey.price),
      journey.capacity,
    ]);
    return (await ctx.publicClient.readContract({
      address: ticketAddress,
      abi: tickets.abi,
      functionName: "journeyCount",
    })) as bigint;
  };

  let purchases = 0;
  /** Buys the next seat of `journeyId` for `buyer`, alternating between the two one-account ways. */
  const buy = async (buyer: Buyer, journeyId: bigint, price: string): Promise<bigint> => {
    const { sold } = (await ctx.publicClient.readContract({
      address: ticketAddress,
      abi: tickets.abi,
      functionName: "journey",
      args: [journeyId],
    })) as { sold: number };
    const amount = parseEther(price);
    if (purchases++ % 2 === 0) {
      await ctx.write(buyer, "TripToken", "approve", [ticketAddress, amount]);
      await ctx.write(buyer, "TravelTicket", "buyTicket", [journeyId]);
    } else {
      const data = encodeAbiParameters([{ type: "uint256" }], [journeyId]);
      await ctx.write(buyer, "TripToken", "transferAndCall", [ticketAddress, amount, data]);
    }
    return (journeyId << 32n) | BigInt(sold + 1);
  };

  const checkIn = (tokenId: bigint) => ctx.write("Inspector", "TravelTicket", "checkIn", [tokenId]);

  // Departed: created a minute ahead, boarded, then the chain's clock moves past its departure.
  const island: Journey = {
    origin: "Athens",
    destination: "Santorini",
    departsIn: MINUTE,
    price: "30",
    capacity: 8,
  };
  const islandId = await create(island);
  await checkIn(await buy("Bot Ada", islandId, island.price));
  await buy("Bot Bo", islandId, island.price);
  await ctx.testClient.increaseTime({ seconds: Number(2n * MINUTE) });
  await ctx.testClient.mine({ blocks: 1 });
  await ctx.write("Treasury", "TravelTicket", "closeJourney", [islandId]);
  ctx.log(
    `Journey #${islandId} ${island.origin} → ${island.destination} has departed (Bot Ada kept a souvenir).`,
  );

  // The rest are created after the clock moved, so their departures are measured from the new time.
  const soon: Journey = {
    origin: "Lisbon",
    destination: "Porto",
    departsIn: 90n * MINUTE,
    price: "25",
    capacity: 40,
  };
  const soonId = await create(soon);
  await checkIn(await buy("Bot Cy", soonId, soon.price));
  await buy("Bot Bo", soonId, soon.price);
  ctx.log(`Journey #${soonId} ${soon.origin} → ${soon.destination} departs in 90 minutes: boarding is open.`);

  const last: Journey = {
    origin: "Edinburgh",
    destination: "Inverness",
    departsIn: DAY + 6n * HOUR,
    price: "40",
    capacity: 5,
  };
  const lastId = await create(last);
  const lastBuyers: Buyer[] = ["Bot Ada", "Bot Bo", "Bot Cy", "Bot Ada"];
  for (const buyer of lastBuyers) await buy(buyer, lastId, last.price);
  ctx.log(`Journey #${lastId} ${last.origin} → ${last.destination} has one seat left of ${last.capacity}.`);

  const far: Journey = {
    origin: "Vienna",
    destination: "Venice",
    departsIn: 30n * DAY,
    price: "120",
    capacity: 120,
  };
  const farId = await create(far);
  await buy("Bot Cy", farId, far.price);
  ctx.log(`Journey #${farId} ${far.origin} → ${far.destination} departs in 30 days.`);
  ctx.log(`${BUYERS.join(", ")} paid for their seats with approve + buyTicket or transferAndCall.`);
}
