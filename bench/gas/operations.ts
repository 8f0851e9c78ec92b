// The user operations the benchmark measures, what each is compared with, and its EVM floor.
//
// Floors (see floor.ts) assume the cheapest possible design for the same outcome: one contract where
// Wayfare uses two (e.g. the desk that mints), values packed into slots that are written anyway, and
// only the events the standards and Wayfare's issues require. Every storage write is priced as the
// transaction's first (cold) access: 22,100 for a zero slot, 5,000 for a non-zero one.
import type { AbiEvent } from "viem";

import { type FloorPart, coldCall, coldRead, ecrecover, ethPayout, events, logOf, sstore } from "./floor.ts";
import type { Contract } from "./harness.ts";

export const WAYFARE_CONTRACTS = [
  "TripToken",
  "TripExchange",
  "SavingsVault",
  "TravelTicket",
  "GasAuction",
] as const;
export type WayfareName = (typeof WAYFARE_CONTRACTS)[number];
export type WayfareContracts = Partial<Record<WayfareName, Contract>>;

export const IMPLEMENTATIONS = ["wayfare", "oz", "solady"] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export interface FloorContext {
  /** The LOG cost of `eventName` as the deployed Wayfare contract declares it. */
  event(contract: WayfareName, eventName: string): FloorPart;
}

export interface OperationSpec {
  id: string;
  group: string;
  operation: string;
  /** The Wayfare contract that must be deployed for the operation to exist. */
  contract: WayfareName;
  /** What the operation is compared with, per reference implementation (absent: none has it). */
  references: Partial<Record<Exclude<Implementation, "wayfare">, string>>;
  floor(context: FloorContext): FloorPart[];
  /** What Wayfare's version does that the plain reference does not (shown where it costs more). */
  extra?: string;
}

const OZ_ERC20 = "OZ ERC20 + ERC20Permit";
const SOLADY_ERC20 = "Solady ERC20";
const OZ_DESK = "OZ ERC20 that is its own desk (mints and burns itself, same events)";
const OZ_VAULT = "OZ ERC4626 over TRIP";
const SOLADY_VAULT = "Solady ERC4626 over TRIP";
const OZ_TICKET = "OZ ERC721 sold for TRIP (bench TicketShop)";
const SOLADY_TICKET = "Solady ERC721 sold for TRIP (bench TicketShop)";

const erc20 = { oz: OZ_ERC20, solady: SOLADY_ERC20 };

/** Why TRIP's plain ERC-20 operations cost a few gas more than OpenZeppelin's minimal token. */
const TOKEN_DISPATCH_EXTRA =
  "tens of gas: finding the function among TRIP's larger interface (ERC-1363, EIP-3009, roles, burning)";
/** Why a SavingsVault deposit costs a little more than OpenZeppelin's plain ERC4626. */
const VAULT_DEPOSIT_EXTRA =
  "a few hundred gas: the lock hook in `_update`, the decimals offset against inflation, a larger interface";

/** What a separate exchange desk costs on every buy and sell, beside a token that is its own desk. */
const DESK_EXTRA =
  "a desk separate from the token: call to TRIP (cold account, 2,600), TRIP's minter-role check (cold " +
  "read, 2,100), reentrancy guard and the desk's `outstanding` counter (5,000)";

/** What TravelTicket does on every sale beyond an ERC-721 mint paid in TRIP. */
const TICKET_SALE_EXTRA =
  "the journey's checks (departure, cancelled, capacity; its price is a second cold slot, 2,100), the " +
  "proceeds counter that issue 5 asks for (5,000), the TicketBought event and the reentrancy guard";
/** What TravelTicket checks on every move of a ticket. */
const TICKET_LOCK_EXTRA =
  "the ERC-5192 lock check: the ticket's checked-in bit and its journey's departure (two cold reads, 4,200)";
const CHECK_IN_EXTRA =
  "the holder, the journey (cancelled, departure: boarding window) and the check-in bitmap are separate " +
  "cold slots (2,100 each)";
const CHECK_IN_EXTRA_FIRST = `${CHECK_IN_EXTRA}; the first check-in of a journey's 256 seats sets its bitmap word (22,100 instead of 5,000)`;

/** The checked-in flag can live in a slot the purchase wrote (e.g. beside the owner), so marking it is
 * one non-zero update; the inspector role is one cold read; the events are those issue 5 names. */
const checkInFloor = (context: FloorContext) => [
  coldRead("inspector role"),
  sstore.update("ticket's status (packed)"),
  context.event("TravelTicket", "CheckedIn"),
  context.event("TravelTicket", "Locked"),
  context.event("TravelTicket", "MetadataUpdate"),
];

/** A transfer of a balance to a holder: both balances are non-zero before and after. */
const transferToHolder = [
  sstore.update("sender balance"),
  sstore.update("recipient balance"),
  events.erc20Transfer,
];
/** An ERC-4626 deposit's asset side: the vault pulls TRIP through a finite allowance. */
const pullAssets = (vaultHoldsAssets: boolean) => [
  coldCall("the asset token (transferFrom)"),
  sstore.update("depositor's TRIP allowance to the vault"),
  sstore.update("depositor's TRIP balance"),
  vaultHoldsAssets ? sstore.update("vault's TRIP balance") : sstore.set("vault's TRIP balance"),
  events.erc20Transfer,
];
/** A ticket's mint: owner slot and the buyer's first ticket (balance 0 → 1), and the journey's sold count. */
const mintTicket = [
  sstore.update("journey's sold count"),
  sstore.set("ticket owner"),
  sstore.set("buyer's ticket balance (first ticket)"),
  events.erc721Transfer,
];
/** The TRIP side of a ticket sale that is not the first: both TRIP balances non-zero before and after. */
const payForTicket = [
  sstore.update("buyer's TRIP balance"),
  sstore.update("ticket contract's TRIP balance"),
  events.erc20Transfer,
];
/** An EIP-2612 permit used for the first time by its owner and spent in the same transaction. */
const permitSpentAtOnce = [
  ecrecover("permit signature"),
  sstore.set("owner's permit nonce (first permit)"),
  sstore.set("allowance from the permit"),
  events.approval,
  sstore.restoreZero("allowance, spent in full"),
];
/** Selling TRIP for ETH at the floor: the desk is the token, so it burns directly (no allowance). */
const sellFloor = (context: FloorContext) => [
  sstore.update("seller's TRIP balance"),
  sstore.update("total supply"),
  events.erc20Transfer,
  context.event("TripExchange", "Sold"),
  ethPayout("ETH to the seller"),
];
/** An ERC-4626 deposit for a new depositor into a vault that already holds deposits. */
const newDepositor = [
  ...pullAssets(true),
  sstore.update("total shares"),
  sstore.set("depositor's shares"),
  events.erc20Transfer,
  events.deposit,
];
/** An ERC-4626 exit: shares burned, TRIP sent back to its owner (who still holds some TRIP). */
const exitVault = (sharesLeft: boolean) => [
  sharesLeft ? sstore.update("owner's shares") : sstore.clear("owner's shares (all redeemed)"),
  sstore.update("total shares"),
  coldCall("the asset token (transfer)"),
  sstore.update("vault's TRIP balance"),
  sstore.update("receiver's TRIP balance"),
  events.erc20Transfer,
  events.erc20Transfer,
  events.withdraw,
];

export const OPERATIONS: OperationSpec[] = [
  // TRIP token.
  {
    id: "token.transfer.existing",
    group: "TRIP token",
    operation: "transfer, recipient already holds TRIP",
    contract: "TripToken",
    references: erc20,
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => transferToHolder,
  },
  {
    id: "token.transfer.new",
    group: "TRIP token",
    operation: "transfer, new recipient",
    contract: "TripToken",
    references: erc20,
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => [sstore.update("sender balance"), sstore.set("recipient balance"), events.erc20Transfer],
  },
  {
    id: "token.approve",
    group: "TRIP token",
    operation: "approve (new allowance)",
    contract: "TripToken",
    references: erc20,
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => [sstore.set("allowance"), events.approval],
  },
  {
    id: "token.transferFrom.existing",
    group: "TRIP token",
    operation: "transferFrom, finite allowance, recipient holds TRIP",
    contract: "TripToken",
    references: erc20,
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => [sstore.update("allowance (stays non-zero)"), ...transferToHolder],
  },
  {
    id: "token.transferFrom.new",
    group: "TRIP token",
    operation: "transferFrom, finite allowance, new recipient",
    contract: "TripToken",
    references: erc20,
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => [
      sstore.update("allowance (stays non-zero)"),
      sstore.update("sender balance"),
      sstore.set("recipient balance"),
      events.erc20Transfer,
    ],
  },
  {
    id: "token.permit",
    group: "TRIP token",
    operation: "permit (owner's first, submitted by the spender)",
    contract: "TripToken",
    references: erc20,
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => [
      ecrecover("permit signature"),
      sstore.set("owner's nonce (first permit)"),
      sstore.set("allowance"),
      events.approval,
    ],
  },
  {
    id: "token.transferWithAuthorization",
    group: "TRIP token",
    operation: "transferWithAuthorization (EIP-3009, merchant submits, merchant holds TRIP)",
    contract: "TripToken",
    references: { oz: "OZ ERC20 + ERC3009 (draft, random nonces)" },
    extra:
      "ERC-1271 wallets as signers: SignatureChecker reads the signer's code first (cold account, 2,600)",
    floor: (context) => [
      ecrecover("authorization signature"),
      // Random 32-byte nonces: every authorization marks a slot nobody used before.
      sstore.set("authorization state of the nonce"),
      context.event("TripToken", "AuthorizationUsed"),
      ...transferToHolder,
    ],
  },
  {
    id: "token.transferAndCall",
    group: "TRIP token",
    operation: "transferAndCall to a contract that accepts (ERC-1363), recipient holds TRIP",
    contract: "TripToken",
    references: { oz: "OZ ERC20 + ERC1363" },
    extra: TOKEN_DISPATCH_EXTRA,
    floor: () => [...transferToHolder, coldCall("the receiver's onTransferReceived")],
  },

  // Exchange desk.
  {
    id: "exchange.buy.first",
    group: "Exchange desk",
    operation: "buy (1 ETH), buyer's first TRIP",
    contract: "TripExchange",
    references: { oz: OZ_DESK },
    extra: DESK_EXTRA,
    floor: (context) => [
      sstore.update("total supply"),
      sstore.set("buyer's TRIP balance"),
      events.erc20Transfer,
      context.event("TripExchange", "Bought"),
    ],
  },
  {
    id: "exchange.buy.again",
    group: "Exchange desk",
    operation: "buy (1 ETH), buyer already holds TRIP",
    contract: "TripExchange",
    references: { oz: OZ_DESK },
    extra: DESK_EXTRA,
    floor: (context) => [
      sstore.update("total supply"),
      sstore.update("buyer's TRIP balance"),
      events.erc20Transfer,
      context.event("TripExchange", "Bought"),
    ],
  },
  {
    id: "exchange.sell",
    group: "Exchange desk",
    operation: "sell (after approve), part of the seller's TRIP",
    contract: "TripExchange",
    references: { oz: OZ_DESK },
    extra: `${DESK_EXTRA}; TRIP moves into the desk before it is burned (allowance, desk balance 0 → x → 0)`,
    floor: sellFloor,
  },
  {
    id: "exchange.sellWithPermit",
    group: "Exchange desk",
    operation: "sellWithPermit (seller's first permit)",
    contract: "TripExchange",
    references: { oz: OZ_DESK },
    extra: `${DESK_EXTRA}; as sell, plus the permit (nonce, allowance, ecrecover) in place of an approve`,
    floor: (context) => [...permitSpentAtOnce, ...sellFloor(context)],
  },
  {
    id: "exchange.sellByTransferAndCall",
    group: "Exchange desk",
    operation: "sell by TRIP transferAndCall (no approval)",
    contract: "TripExchange",
    references: { oz: OZ_DESK },
    extra: `${DESK_EXTRA}; TRIP reaches the desk before the hook runs (desk balance 0 → x → 0)`,
    floor: sellFloor,
  },

  // Savings vault.
  {
    id: "vault.deposit.first",
    group: "Savings vault",
    operation: "deposit, first ever (empty vault)",
    contract: "SavingsVault",
    references: { oz: OZ_VAULT, solady: SOLADY_VAULT },
    extra: VAULT_DEPOSIT_EXTRA,
    floor: () => [
      ...pullAssets(false),
      sstore.set("total shares"),
      sstore.set("depositor's shares"),
      events.erc20Transfer,
      events.deposit,
    ],
  },
  {
    id: "vault.deposit.newDepositor",
    group: "Savings vault",
    operation: "deposit, new depositor",
    contract: "SavingsVault",
    references: { oz: OZ_VAULT, solady: SOLADY_VAULT },
    extra: VAULT_DEPOSIT_EXTRA,
    floor: () => newDepositor,
  },
  {
    id: "vault.deposit.again",
    group: "Savings vault",
    operation: "deposit, depositor already holds shares (later deposit)",
    contract: "SavingsVault",
    references: { oz: OZ_VAULT, solady: SOLADY_VAULT },
    extra: VAULT_DEPOSIT_EXTRA,
    floor: () => [
      ...pullAssets(true),
      sstore.update("total shares"),
      sstore.update("depositor's shares"),
      events.erc20Transfer,
      events.deposit,
    ],
  },
  {
    id: "vault.depositWithLock",
    group: "Savings vault",
    operation: "depositWithLock, new depositor (vs. a plain deposit)",
    contract: "SavingsVault",
    references: {
      oz: `${OZ_VAULT}: deposit, new depositor`,
      solady: `${SOLADY_VAULT}: deposit, new depositor`,
    },
    extra:
      "the saver's unlock time: a new slot (22,100; it shares the slot with the goal target, so a saver " +
      "who sets both pays once) and the UnlockTimeSet event; OZ's private balance slot cannot hold it",
    // The unlock time (uint64) could share the owner's share-balance slot, so at the floor the lock
    // costs only its event.
    floor: (context) => [...newDepositor, context.event("SavingsVault", "UnlockTimeSet")],
  },
  {
    id: "vault.saveByTransferAndCall",
    group: "Savings vault",
    operation: "save with lock by TRIP transferAndCall, new depositor (no approval)",
    contract: "SavingsVault",
    references: {
      oz: `${OZ_VAULT}: deposit, new depositor`,
      solady: `${SOLADY_VAULT}: deposit, new depositor`,
    },
    extra:
      "as depositWithLock (new lock slot, UnlockTimeSet) in one transaction with no approve before it " +
      "(an approve costs ~46,000 more)",
    floor: (context) => [
      coldCall("the vault's onTransferReceived"),
      sstore.update("depositor's TRIP balance"),
      sstore.update("vault's TRIP balance"),
      events.erc20Transfer,
      sstore.update("total shares"),
      sstore.set("depositor's shares"),
      events.erc20Transfer,
      events.deposit,
      context.event("SavingsVault", "UnlockTimeSet"),
    ],
  },
  {
    id: "vault.withdraw.partial",
    group: "Savings vault",
    operation: "withdraw half (unlocked owner)",
    contract: "SavingsVault",
    references: { oz: OZ_VAULT, solady: SOLADY_VAULT },
    extra:
      "the lock check: the owner's unlock time (cold read, 2,100) before the withdrawal and when the " +
      "shares burn",
    floor: () => exitVault(true),
  },
  {
    id: "vault.redeem.all",
    group: "Savings vault",
    operation: "redeem all shares (unlocked owner)",
    contract: "SavingsVault",
    references: { oz: OZ_VAULT, solady: SOLADY_VAULT },
    extra:
      "the lock check: the owner's unlock time (cold read, 2,100) before the redemption and when the " +
      "shares burn",
    floor: () => exitVault(false),
  },

  // Tickets.
  {
    id: "ticket.buy.approve",
    group: "Tickets",
    operation: "buyTicket (after approve), buyer's first ticket, not the first sale",
    contract: "TravelTicket",
    references: { oz: OZ_TICKET, solady: SOLADY_TICKET },
    extra: TICKET_SALE_EXTRA,
    floor: () => [
      coldCall("TRIP (transferFrom)"),
      sstore.update("buyer's TRIP allowance (finite)"),
      ...payForTicket,
      ...mintTicket,
    ],
  },
  {
    id: "ticket.buy.permit",
    group: "Tickets",
    operation: "buyTicketWithPermit, buyer's first permit and first ticket",
    contract: "TravelTicket",
    references: { oz: OZ_TICKET, solady: SOLADY_TICKET },
    extra: TICKET_SALE_EXTRA,
    floor: () => [
      coldCall("TRIP (permit, transferFrom)"),
      ...permitSpentAtOnce,
      ...payForTicket,
      ...mintTicket,
    ],
  },
  {
    id: "ticket.buy.transferAndCall",
    group: "Tickets",
    operation: "buy by TRIP transferAndCall (journey id as data), buyer's first ticket",
    contract: "TravelTicket",
    references: { oz: OZ_TICKET, solady: SOLADY_TICKET },
    extra: TICKET_SALE_EXTRA,
    floor: () => [coldCall("the ticket contract's onTransferReceived"), ...payForTicket, ...mintTicket],
  },
  {
    id: "ticket.checkIn.first",
    group: "Tickets",
    operation: "checkIn, the journey's first check-in",
    contract: "TravelTicket",
    references: {},
    extra: CHECK_IN_EXTRA_FIRST,
    floor: checkInFloor,
  },
  {
    id: "ticket.checkIn.later",
    group: "Tickets",
    operation: "checkIn, a later passenger of the same journey",
    contract: "TravelTicket",
    references: {},
    extra: CHECK_IN_EXTRA,
    floor: checkInFloor,
  },
  {
    id: "ticket.transfer.new",
    group: "Tickets",
    operation: "transferFrom by the holder of one ticket, to a new owner",
    contract: "TravelTicket",
    references: { oz: OZ_TICKET, solady: SOLADY_TICKET },
    extra: TICKET_LOCK_EXTRA,
    floor: () => [
      sstore.update("ticket owner"),
      sstore.clear("sender's ticket balance (their only ticket)"),
      sstore.set("recipient's ticket balance"),
      events.erc721Transfer,
    ],
  },
  {
    id: "ticket.transfer.existing",
    group: "Tickets",
    operation: "transferFrom by the holder of one ticket, to someone who holds one",
    contract: "TravelTicket",
    references: { oz: OZ_TICKET, solady: SOLADY_TICKET },
    extra: TICKET_LOCK_EXTRA,
    floor: () => [
      sstore.update("ticket owner"),
      sstore.clear("sender's ticket balance (their only ticket)"),
      sstore.update("recipient's ticket balance"),
      events.erc721Transfer,
    ],
  },

  // Gas auction.
  {
    id: "auction.enter.winner",
    group: "Gas auction",
    operation: "enter, first entry of the round (wins)",
    contract: "GasAuction",
    references: {},
    extra:
      "the round's winner / race block / entry count slot is zero until the first entry (22,100; " +
      "5,000 if it also held the opened block), and the round lookup (cold read of the round count)",
    // An entry needs sender + block + position (one slot) and gas price + priority fee (one slot of
    // two uint128); the round's winner and entry count share the round's slot.
    floor: (context) => [
      sstore.set("entry: sender, block, position"),
      sstore.set("entry: gas price, priority fee"),
      sstore.update("round: winner, entry count"),
      context.event("GasAuction", "Entered"),
      context.event("GasAuction", "Won"),
    ],
  },
  {
    id: "auction.enter.late",
    group: "Gas auction",
    operation: "enter, later in the same block (too late, recorded)",
    contract: "GasAuction",
    references: {},
    extra: "the round lookup (cold read of the round count) and the race-block check",
    floor: (context) => [
      sstore.set("entry: sender, block, position"),
      sstore.set("entry: gas price, priority fee"),
      sstore.update("round: entry count"),
      context.event("GasAuction", "Entered"),
    ],
  },
];

/** A FloorContext reading events from the deployed contracts' ABIs. */
export function floorContext(contracts: WayfareContracts): FloorContext {
  return {
    event(contract, eventName) {
      const abi = contracts[contract]?.abi ?? [];
      const event = abi.find((item): item is AbiEvent => item.type === "event" && item.name === eventName);
      if (!event) throw new Error(`${contract} declares no ${eventName} event`);
      return logOf(event);
    },
  };
}
