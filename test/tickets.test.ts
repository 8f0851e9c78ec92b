import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { encodeAbiParameters, getAddress, parseEther, parseSignature } from "viem";

import WayfareModule from "../deploy/modules/Wayfare.ts";
import { DEMO_ACCOUNTS, type DemoAccountName } from "../scripts/lib/demo-accounts.ts";
import { attribute, decodeTicketImage, decodeTicketMetadata } from "../scripts/lib/token-uri.ts";
import { allElements, parseXml } from "../scripts/lib/xml.ts";

const HOUR = 3_600n;

describe("Buying, checking in and keeping a journey ticket", async () => {
  const { ignition, viem, networkHelpers } = await network.create();
  const { tripExchange, tripToken, travelTicket } = await ignition.deploy(WayfareModule);
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  const walletOf = (name: DemoAccountName) =>
    wallets[DEMO_ACCOUNTS.find((account) => account.name === name)!.index];
  const [tourist, friend, issuer, inspector, treasury] = (
    ["Tourist", "Saver", "Issuer", "Inspector", "Treasury"] as const
  ).map(walletOf);
  const as = (wallet: typeof tourist) => ({ account: wallet.account });

  const price = parseEther("25");
  const departure = (await publicClient.getBlock()).timestamp + 6n * HOUR;
  await travelTicket.write.createJourney(["Lisbon", "Porto", departure, price, 40], as(issuer));
  const journeyId = await travelTicket.read.journeyCount();
  const [permitTicket, payAndCallTicket] = await Promise.all([
    travelTicket.read.ticketId([journeyId, 1]),
    travelTicket.read.ticketId([journeyId, 2]),
  ]);
  await tripExchange.write.buy({ ...as(tourist), value: parseEther("0.1") }); // 100 TRIP

  it("gives the deployment's roles to the demo issuer, inspector and treasury", async () => {
    const [issuerRole, inspectorRole, treasuryRole] = await Promise.all([
      travelTicket.read.ISSUER_ROLE(),
      travelTicket.read.INSPECTOR_ROLE(),
      travelTicket.read.TREASURY_ROLE(),
    ]);
    assert.equal(await travelTicket.read.hasRole([issuerRole, issuer.account.address]), true);
    assert.equal(await travelTicket.read.hasRole([inspectorRole, inspector.account.address]), true);
    assert.equal(await travelTicket.read.hasRole([treasuryRole, treasury.account.address]), true);
    assert.equal(getAddress(await travelTicket.read.paymentToken()), getAddress(tripToken.address));
  });

  it("buys a ticket with an EIP-2612 permit in one transaction", async () => {
    const deadline = departure;
    const signature = await tourist.signTypedData({
      domain: {
        name: "Trip Token",
        version: "1",
        chainId: await publicClient.getChainId(),
        verifyingContract: tripToken.address,
      },
      types: {
        Permit: [
          { name: "owner", type: "address" },
          { name: "spender", type: "address" },
          { name: "value", type: "uint256" },
          { name: "nonce", type: "uint256" },
          { name: "deadline", type: "uint256" },
        ],
      },
      primaryType: "Permit",
      message: {
        owner: tourist.account.address,
        spender: travelTicket.address,
        value: price,
        nonce: await tripToken.read.nonces([tourist.account.address]),
        deadline,
      },
    });
    const { v, r, s } = parseSignature(signature);
    await viem.assertions.emitWithArgs(
      travelTicket.write.buyTicketWithPermit([journeyId, deadline, Number(v), r, s], as(tourist)),
      travelTicket,
      "TicketBought",
      [permitTicket, journeyId, getAddress(tourist.account.address), price],
    );
    assert.equal(
      getAddress(await travelTicket.read.ownerOf([permitTicket])),
      getAddress(tourist.account.address),
    );
    assert.equal(await tripToken.read.balanceOf([tourist.account.address]), parseEther("75"));
  });

  it("buys a ticket with a single TRIP transferAndCall", async () => {
    await tripToken.write.transferAndCall(
      [travelTicket.address, price, encodeAbiParameters([{ type: "uint256" }], [journeyId])],
      as(tourist),
    );
    const ticket = await travelTicket.read.ticket([payAndCallTicket]);
    assert.equal(ticket.seat, 2);
    assert.equal(getAddress(ticket.holder), getAddress(tourist.account.address));
    assert.equal(await travelTicket.read.proceeds(), 2n * price);
    assert.equal((await travelTicket.read.journey([journeyId])).sold, 2);
  });

  it("lets the holder give a ticket to a friend before departure", async () => {
    await travelTicket.write.transferFrom(
      [tourist.account.address, friend.account.address, payAndCallTicket],
      as(tourist),
    );
    assert.equal(
      getAddress(await travelTicket.read.ownerOf([payAndCallTicket])),
      getAddress(friend.account.address),
    );
  });

  it("refuses check-in before boarding opens", async () => {
    await viem.assertions.revertWithCustomErrorWithArgs(
      travelTicket.write.checkIn([permitTicket], as(inspector)),
      travelTicket,
      "BoardingNotOpen",
      [journeyId, departure - 2n * HOUR],
    );
  });

  it("checks the ticket in at the gate and locks it as a souvenir", async () => {
    await networkHelpers.time.increaseTo(departure - HOUR);
    await viem.assertions.emitWithArgs(
      travelTicket.write.checkIn([permitTicket], as(inspector)),
      travelTicket,
      "CheckedIn",
      [permitTicket, journeyId, getAddress(tourist.account.address), getAddress(inspector.account.address)],
    );
    assert.equal(await travelTicket.read.locked([permitTicket]), true);
    await viem.assertions.revertWithCustomErrorWithArgs(
      travelTicket.write.transferFrom(
        [tourist.account.address, friend.account.address, permitTicket],
        as(tourist),
      ),
      travelTicket,
      "TicketLocked",
      [permitTicket],
    );
  });

  it("shows the souvenir's metadata: checked in, on an SVG ticket", async () => {
    const metadata = decodeTicketMetadata(await travelTicket.read.tokenURI([permitTicket]));
    assert.equal(metadata.name, "Lisbon → Porto · Seat 1");
    assert.equal(attribute(metadata, "Status"), "Checked in");
    assert.equal(attribute(metadata, "Seat"), 1);
    assert.equal(attribute(metadata, "Journey"), Number(journeyId));
    assert.equal(attribute(metadata, "Departure"), Number(departure));
    assert.equal(attribute(metadata, "Fare (TRIP)"), "25");
    assert.match(metadata.description, /a souvenir of the trip/);
    const texts = allElements(parseXml(decodeTicketImage(metadata))).map((element) => element.text);
    for (const expected of ["Lisbon", "Porto", "CHECKED IN", "BOARDED", "25 TRIP"]) {
      assert.ok(texts.includes(expected), `the picture shows ${expected}`);
    }
  });

  it("after departure, closes the journey, marks unused tickets departed and pays the treasury", async () => {
    await networkHelpers.time.increaseTo(departure);
    await viem.assertions.emitWithArgs(
      travelTicket.write.closeJourney([journeyId], as(friend)),
      travelTicket,
      "BatchMetadataUpdate",
      [permitTicket, payAndCallTicket],
    );
    const unused = decodeTicketMetadata(await travelTicket.read.tokenURI([payAndCallTicket]));
    assert.equal(attribute(unused, "Status"), "Departed");
    assert.equal(await travelTicket.read.locked([payAndCallTicket]), true);
    await travelTicket.write.withdraw([treasury.account.address], as(treasury));
    assert.equal(await tripToken.read.balanceOf([treasury.account.address]), 2n * price);
    assert.equal(await travelTicket.read.proceeds(), 0n);
  });
});
