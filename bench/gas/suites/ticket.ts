// Journey tickets beside plain OpenZeppelin and Solady ERC-721s sold for TRIP the same three ways.
import { type Address, type Hex, encodeAbiParameters, keccak256, stringToHex } from "viem";

import type { Call, Contract, Sent, Wallet } from "../harness.ts";
import type { Implementation } from "../operations.ts";
import { type SuiteContext, scenario } from "../recorder.ts";
import { FIXED_DEADLINE, type VRS, signPermit } from "../signatures.ts";
import { UNIT, trip, tripFunding } from "./funding.ts";

const SALE_IDS = [
  "ticket.buy.approve",
  "ticket.buy.permit",
  "ticket.buy.transferAndCall",
  "ticket.transfer.new",
  "ticket.transfer.existing",
] as const;

/** The first check-in of the journey, then a later one. */
const CHECK_IN_IDS = ["ticket.checkIn.first", "ticket.checkIn.later"] as const;

const PRICE = 25n * UNIT;
const CAPACITY = 100;
/** The journey departs in an hour: tickets are on sale and boarding (the 2 hours before) is open. */
const DEPARTS_IN_SECONDS = 3_600n;
const TRANSFER_TOPIC = keccak256(stringToHex("Transfer(address,address,uint256)"));

/** How one implementation sells a ticket. */
interface TicketSale {
  ticket: Contract;
  price: bigint;
  buy(): Call;
  buyWithPermit(deadline: bigint, signature: VRS): Call;
  /** The `data` of a TRIP `transferAndCall` that buys a ticket. */
  callData: Hex;
}

export async function ticketSuite(context: SuiteContext): Promise<void> {
  const { env, wayfare, recorder } = context;
  if (!wayfare.TripToken || !wayfare.TripExchange) return;
  const token = trip(wayfare);

  const travelTicket = wayfare.TravelTicket;
  if (travelTicket) {
    await scenario(context, "wayfare", [...SALE_IDS, ...CHECK_IN_IDS], async () => {
      const issuer = await env.withRole(travelTicket, "ISSUER_ROLE");
      const departure = (await env.now()) + DEPARTS_IN_SECONDS;
      const create: Call = {
        functionName: "createJourney",
        args: ["Lisbon", "Porto", departure, PRICE, CAPACITY],
      };
      const journeyId = await env.simulate<bigint>(issuer, travelTicket, create);
      await env.send(issuer, travelTicket, create);
      const sale: TicketSale = {
        ticket: travelTicket,
        price: PRICE,
        buy: () => ({ functionName: "buyTicket", args: [journeyId] }),
        buyWithPermit: (deadline, { v, r, s }) => ({
          functionName: "buyTicketWithPermit",
          args: [journeyId, deadline, v, r, s],
        }),
        callData: encodeAbiParameters([{ type: "uint256" }], [journeyId]),
      };
      const unusedTickets = await saleOperations(context, "wayfare", sale, token);
      const inspector = await env.withRole(travelTicket, "INSPECTOR_ROLE");
      for (const [index, id] of CHECK_IN_IDS.entries()) {
        await recorder.measure(id, "wayfare", () =>
          env.send(inspector, travelTicket, { functionName: "checkIn", args: [unusedTickets[index]] }),
        );
      }
    });
  }

  for (const [implementation, contractName] of [
    ["oz", "OZTicket"],
    ["solady", "SoladyTicket"],
  ] as const) {
    await scenario(context, implementation, SALE_IDS, async () => {
      const ticket = await env.deploy(contractName, [token.address, PRICE]);
      await saleOperations(
        context,
        implementation,
        {
          ticket,
          price: PRICE,
          buy: () => ({ functionName: "buy" }),
          buyWithPermit: (deadline, { v, r, s }) => ({
            functionName: "buyWithPermit",
            args: [deadline, v, r, s],
          }),
          // Same data as Wayfare's (a journey id), which the reference ignores: equal calldata.
          callData: encodeAbiParameters([{ type: "uint256" }], [1n]),
        },
        token,
      );
    });
  }
}

/**
 * After a first sale (so the contract already holds TRIP and the journey has sold seats), three new
 * buyers buy one ticket each, one per way of paying; then two of them pass their ticket on.
 * Returns two tickets nobody has checked in or moved yet, for check-ins.
 */
async function saleOperations(
  { env, wayfare, recorder }: SuiteContext,
  implementation: Implementation,
  sale: TicketSale,
  token: Contract,
): Promise<bigint[]> {
  const fund = tripFunding(env, wayfare);
  const buyer = async () => {
    const wallet = await env.fresh();
    await fund(wallet, 10n * sale.price);
    return wallet;
  };
  // A finite allowance larger than the price, so paying leaves it non-zero.
  const approve = (wallet: Wallet) =>
    env.send(wallet, token, { functionName: "approve", args: [sale.ticket.address, 3n * sale.price] });
  const buy = (wallet: Wallet) => env.send(wallet, sale.ticket, sale.buy());

  const firstBuyer = await buyer();
  await approve(firstBuyer);
  const firstTicket = ticketOf(sale, await buy(firstBuyer));

  const approver = await buyer();
  await approve(approver);
  const approverTicket = ticketOf(
    sale,
    await recorder.measure("ticket.buy.approve", implementation, () => buy(approver)),
  );

  const signer = await buyer();
  const signature = await signPermit(env, token, signer, sale.ticket.address, sale.price, FIXED_DEADLINE);
  const signerTicket = ticketOf(
    sale,
    await recorder.measure("ticket.buy.permit", implementation, () =>
      env.send(signer, sale.ticket, sale.buyWithPermit(FIXED_DEADLINE, signature)),
    ),
  );

  const caller = await buyer();
  const callerTicket = ticketOf(
    sale,
    await recorder.measure("ticket.buy.transferAndCall", implementation, () =>
      env.send(caller, token, {
        functionName: "transferAndCall",
        args: [sale.ticket.address, sale.price, sale.callData],
      }),
    ),
  );

  const transferTicket = (holder: Wallet, tokenId: bigint, to: Address) =>
    env.send(holder, sale.ticket, {
      functionName: "transferFrom",
      args: [holder.account.address, to, tokenId],
    });
  const friend = await env.fresh();
  await recorder.measure("ticket.transfer.new", implementation, () =>
    transferTicket(signer, signerTicket, friend.account.address),
  );
  await recorder.measure("ticket.transfer.existing", implementation, () =>
    transferTicket(caller, callerTicket, firstBuyer.account.address),
  );
  return [firstTicket, approverTicket];
}

/** The id of the ticket minted in `sent` (the ERC-721 Transfer it emitted), whatever the id scheme. */
function ticketOf(sale: TicketSale, sent: Sent | undefined): bigint {
  if (!sent) throw new Error("the purchase failed");
  const mint = sent.logs.find(
    (entry) =>
      entry.address.toLowerCase() === sale.ticket.address.toLowerCase() &&
      entry.topics[0] === TRANSFER_TOPIC &&
      entry.topics.length === 4,
  );
  if (!mint) throw new Error("the purchase emitted no ERC-721 Transfer");
  return BigInt(mint.topics[3]);
}
