import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  decodeAbiParameters,
  encodeErrorResult,
  encodeFunctionData,
  hashTypedData,
  keccak256,
  parseAbi,
  parseEther,
  toHex,
} from "viem";

import { formatDuration } from "../app/_lib/format.ts";
import { explainLabError } from "../app/_lib/lab-errors.ts";
import {
  type JourneyFacts,
  boardingAt,
  checkPlaceName,
  checkRecipient,
  isLocked,
  journeyOrder,
  journeyPaymentData,
  parseSeats,
  purchaseMethod,
  relativeTime,
  saleState,
  seatsLeft,
  splitTicketId,
  ticketExplainer,
  ticketName,
  ticketPermitTypedData,
  ticketStatusAt,
} from "../app/_lib/tickets.ts";

const NOW = 1_800_000_000n;
const HOUR = 3600n;
const TOKEN: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const TICKET: Address = "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9";
const BUYER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

function journey(overrides: Partial<JourneyFacts> = {}): JourneyFacts {
  return {
    price: parseEther("25"),
    departure: NOW + 3n * HOUR,
    capacity: 5,
    sold: 2,
    cancelled: false,
    ...overrides,
  };
}

const ABI = parseAbi([
  "function buyTicket(uint256 journeyId) returns (uint256)",
  "function buyTicketWithPermit(uint256 journeyId, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns (uint256)",
  "function transferAndCall(address to, uint256 value, bytes data) returns (bool)",
  "function transferAndCall(address to, uint256 value) returns (bool)",
  "function transfer(address to, uint256 value) returns (bool)",
  "error TicketLocked(uint256 tokenId)",
  "error SoldOut(uint256 journeyId)",
  "error BoardingNotOpen(uint256 journeyId, uint256 opensAt)",
  "error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)",
]);

/** A revert of `errorName(args)` as viem reports it from a simulation. */
function reverted(errorName: "TicketLocked" | "SoldOut" | "BoardingNotOpen", args: readonly unknown[]) {
  const data = encodeErrorResult({ abi: ABI, errorName, args } as Parameters<typeof encodeErrorResult>[0]);
  return new BaseError("The contract reverted.", {
    cause: new ContractFunctionRevertedError({ abi: ABI, data, functionName: "safeTransferFrom" }),
  });
}

describe("tickets: ids and journeys", () => {
  it("splits a token id into its journey and seat", () => {
    assert.deepEqual(splitTicketId((7n << 32n) | 3n), { journeyId: 7n, seat: 3 });
    assert.deepEqual(splitTicketId((1n << 32n) | 0xffff_ffffn), { journeyId: 1n, seat: 4_294_967_295 });
    assert.equal(ticketName((2n << 32n) | 1n), "journey 2, seat 1");
  });

  it("says whether a seat can be bought, with the contract's precedence", () => {
    assert.equal(saleState(journey(), NOW), "on-sale");
    assert.equal(saleState(journey({ sold: 5 }), NOW), "sold-out");
    assert.equal(saleState(journey({ sold: 5 }), NOW + 3n * HOUR), "departed", "departed wins over sold out");
    assert.equal(saleState(journey(), NOW + 3n * HOUR - 1n), "on-sale", "the last second before departure");
    assert.equal(saleState(journey({ cancelled: true }), NOW + 9n * HOUR), "cancelled");
    assert.equal(seatsLeft(journey()), 3);
    assert.equal(seatsLeft(journey({ sold: 5 })), 0);
  });

  it("opens boarding for the window before departure, on the chain's clock", () => {
    const departure = NOW + 3n * HOUR;
    assert.deepEqual(boardingAt(departure, 2n * HOUR, NOW), { phase: "not-open", opensAt: NOW + HOUR });
    assert.deepEqual(boardingAt(departure, 2n * HOUR, NOW + HOUR), { phase: "open", closesAt: departure });
    assert.deepEqual(boardingAt(departure, 2n * HOUR, departure - 1n), {
      phase: "open",
      closesAt: departure,
    });
    assert.deepEqual(boardingAt(departure, 2n * HOUR, departure), { phase: "departed" });
    assert.deepEqual(
      boardingAt(HOUR, 2n * HOUR, 0n),
      { phase: "open", closesAt: HOUR },
      "an early departure",
    );
  });

  it("lists upcoming journeys soonest first, then the ones that are over, latest first", () => {
    const rows = [
      { id: "departed long ago", ...journey({ departure: NOW - 9n * HOUR }) },
      { id: "next week", ...journey({ departure: NOW + 168n * HOUR }) },
      { id: "cancelled", ...journey({ cancelled: true, departure: NOW + HOUR }) },
      { id: "soon", ...journey({ departure: NOW + HOUR }) },
      { id: "just departed", ...journey({ departure: NOW }) },
    ];
    assert.deepEqual(
      rows.sort(journeyOrder(NOW)).map((row) => row.id),
      ["soon", "next week", "cancelled", "just departed", "departed long ago"],
    );
  });

  it("says durations and times relative to the chain's clock", () => {
    assert.equal(formatDuration(45n), "45 s");
    assert.equal(formatDuration(12n * 60n + 5n), "12 min 5 s");
    assert.equal(formatDuration(HOUR), "1 h");
    assert.equal(formatDuration(HOUR + 30n * 60n), "1 h 30 min");
    assert.equal(formatDuration(3n * 86_400n + 4n * HOUR + 59n), "3 d 4 h");
    assert.equal(formatDuration(1000n * 86_400n), "1,000 d");
    assert.equal(relativeTime(NOW + 90n * 60n, NOW), "in 1 h 30 min");
    assert.equal(relativeTime(NOW - 300n, NOW), "5 min ago");
  });
});

describe("tickets: status at the gate", () => {
  it("follows the contract's precedence: cancelled, checked in, departed, valid", () => {
    const departure = NOW + HOUR;
    const at = (checkedIn: boolean, cancelled: boolean, now: bigint) =>
      ticketStatusAt({ checkedIn, cancelled, departure }, now);
    assert.equal(at(false, false, NOW), "valid");
    assert.equal(at(true, false, NOW), "checked-in");
    assert.equal(at(true, false, departure + 1n), "checked-in", "a souvenir stays a checked-in souvenir");
    assert.equal(at(false, false, departure), "departed");
    assert.equal(at(true, true, departure), "cancelled");
  });

  it("locks checked-in and departed tickets only", () => {
    assert.deepEqual((["valid", "checked-in", "departed", "cancelled"] as const).map(isLocked), [
      false,
      true,
      true,
      false,
    ]);
  });
});

describe("tickets: paying", () => {
  it("encodes the journey id as transferAndCall's data", () => {
    const data = journeyPaymentData(42n);
    assert.equal(data.length, 2 + 64);
    assert.deepEqual(decodeAbiParameters([{ type: "uint256" }], data), [42n]);
  });

  it("builds an EIP-2612 permit over TRIP's domain for the ticket contract", () => {
    const domain = { name: "Trip Token", version: "1", chainId: 31337, verifyingContract: TOKEN };
    const permit = { owner: BUYER, spender: TICKET, value: parseEther("25"), nonce: 3n, deadline: NOW };
    const typed = ticketPermitTypedData(domain, permit);
    assert.equal(typed.primaryType, "Permit");
    assert.deepEqual(
      typed.types.Permit.map((field) => field.name),
      ["owner", "spender", "value", "nonce", "deadline"],
    );
    assert.deepEqual(typed.message, permit);
    // The standard permit typehash: a wallet shows it, and the token checks it.
    assert.equal(
      hashTypedData(typed),
      hashTypedData({
        domain,
        primaryType: "Permit",
        types: {
          Permit: [
            { name: "owner", type: "address" },
            { name: "spender", type: "address" },
            { name: "value", type: "uint256" },
            { name: "nonce", type: "uint256" },
            { name: "deadline", type: "uint256" },
          ],
        },
        message: permit,
      }),
    );
  });

  it("tells how a ticket was paid for from the transaction that bought it", () => {
    const contracts = { token: TOKEN, ticket: TICKET };
    const call = (functionName: string, args: readonly unknown[]) =>
      encodeFunctionData({ abi: ABI, functionName, args } as Parameters<typeof encodeFunctionData>[0]);
    const permitArgs = [1n, NOW, 27, toHex(1n, { size: 32 }), toHex(2n, { size: 32 })];
    assert.equal(
      purchaseMethod({ to: TICKET, input: call("buyTicketWithPermit", permitArgs) }, contracts),
      "permit",
    );
    assert.equal(purchaseMethod({ to: TICKET, input: call("buyTicket", [1n]) }, contracts), "allowance");
    assert.equal(
      purchaseMethod(
        { to: TOKEN, input: call("transferAndCall", [TICKET, 1n, journeyPaymentData(1n)]) },
        contracts,
      ),
      "transferAndCall",
    );
    // Lowercase addresses, as nodes return them.
    assert.equal(
      purchaseMethod(
        {
          to: TOKEN.toLowerCase() as Address,
          input: call("transferAndCall", [TICKET, 1n, journeyPaymentData(1n)]),
        },
        contracts,
      ),
      "transferAndCall",
    );
    assert.equal(
      purchaseMethod({ to: BUYER, input: call("buyTicket", [1n]) }, contracts),
      "other",
      "via a contract",
    );
    assert.equal(purchaseMethod({ to: TOKEN, input: call("transfer", [TICKET, 1n]) }, contracts), "other");
    assert.equal(purchaseMethod({ to: null, input: "0x" }, contracts), "other");
  });
});

describe("tickets: fields", () => {
  it("checks a ticket's recipient at the field", () => {
    assert.deepEqual(checkRecipient("  ", BUYER), {
      ok: false,
      message: "Enter the address to send the ticket to.",
    });
    assert.deepEqual(checkRecipient("0x1234", BUYER), {
      ok: false,
      message: "That is not an address: 0x followed by 40 hexadecimal digits.",
    });
    assert.equal(checkRecipient(`0x${"0".repeat(40)}`, BUYER).ok, false);
    assert.deepEqual(checkRecipient(BUYER.toLowerCase(), BUYER), {
      ok: false,
      message: "That is your own address: the ticket is already yours.",
    });
    assert.deepEqual(checkRecipient(` ${TICKET.toLowerCase()} `, BUYER), { ok: true, address: TICKET });
  });

  it("accepts the place names TravelTicket accepts, and says why not otherwise", () => {
    assert.equal(checkPlaceName("São Paulo"), undefined);
    assert.equal(checkPlaceName("東京"), undefined);
    assert.equal(checkPlaceName("x".repeat(32)), undefined);
    assert.equal(checkPlaceName(""), "Enter a place name.");
    assert.equal(checkPlaceName(" Porto"), "Remove the spaces at the start or end.");
    assert.equal(checkPlaceName("Porto "), "Remove the spaces at the start or end.");
    assert.equal(checkPlaceName("x".repeat(33)), "At most 32 bytes of UTF-8; this name has 33.");
    assert.equal(
      checkPlaceName("ü".repeat(17)),
      "At most 32 bytes of UTF-8; this name has 34.",
      "bytes, not characters",
    );
    assert.equal(
      checkPlaceName("Line\nbreak"),
      "Only printable characters: no line breaks or control characters.",
    );
    assert.equal(
      checkPlaceName("C1\u0085"),
      "Only printable characters: no line breaks or control characters.",
    );
  });

  it("parses a number of seats", () => {
    assert.deepEqual(parseSeats(" 40 "), { ok: true, value: 40 });
    assert.deepEqual(parseSeats("4294967295"), { ok: true, value: 4_294_967_295 });
    assert.deepEqual(parseSeats(""), { ok: false, message: "Enter how many seats the journey has." });
    assert.deepEqual(parseSeats("0"), { ok: false, message: "A journey needs at least one seat." });
    assert.deepEqual(parseSeats("-3"), { ok: false, message: "Seats are a whole number, like 40." });
    assert.deepEqual(parseSeats("2.5"), { ok: false, message: "Seats are a whole number, like 40." });
    assert.deepEqual(parseSeats("4294967296"), {
      ok: false,
      message: "At most 4,294,967,295 seats (a uint32).",
    });
  });
});

describe("tickets: refusals explained", () => {
  const tokenId = (5n << 32n) | 1n;

  it("explains a souvenir's refused transfer with the decoded custom error", () => {
    const explained = explainLabError(reverted("TicketLocked", [tokenId]), [ticketExplainer]);
    assert.equal(explained.kind, "reverted");
    assert.equal(explained.errorName, "TicketLocked");
    assert.equal(
      explained.message,
      `Ticket journey 5, seat 1 is a souvenir: checked in (or its journey departed), it is locked to its holder (ERC-5192) and TravelTicket refuses to move it. The contract's error: TicketLocked(${tokenId}).`,
    );
  });

  it("explains sold-out journeys and closed gates", () => {
    assert.match(
      explainLabError(reverted("SoldOut", [3n]), [ticketExplainer]).message,
      /^Journey 3 is sold out/,
    );
    assert.match(
      explainLabError(reverted("BoardingNotOpen", [4n, 1_800_000_000n]), [ticketExplainer]).message,
      /^Boarding for journey 4 opens at 2027-01-15 08:00:00 UTC, .* The contract's error: BoardingNotOpen\(4, 1800000000\)\.$/,
    );
  });

  it("names the inspector's role when someone else tries to check in", () => {
    const message = ticketExplainer({
      errorName: "AccessControlUnauthorizedAccount",
      args: [BUYER, keccak256(toHex("INSPECTOR_ROLE"))],
    });
    assert.match(message ?? "", /^0x7099…79C8 does not hold the inspector's role/);
  });

  it("leaves errors it does not know to the general explanation", () => {
    assert.equal(ticketExplainer({ errorName: "ERC20InsufficientBalance", args: [] }), undefined);
  });
});
