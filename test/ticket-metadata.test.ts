import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { parseEther } from "viem";

import WayfareModule from "../deploy/modules/Wayfare.ts";
import { attribute, decodeTicketImage, decodeTicketMetadata } from "../scripts/lib/token-uri.ts";
import { XmlError, allElements, parseXml } from "../scripts/lib/xml.ts";

/** Names an attacker would choose to break out of a JSON string or an SVG text node. */
const HOSTILE_NAMES = [
  "<script>alert(1)</script>",
  `"quoted" & 'single'`,
  "C:\\new\\table\\",
  "]]></text><svg onload=alert(1)>",
  '{"name":"fake"}',
  "&amp;&#0;&lt;",
  "São Paulo → Zürich 東京",
];

describe("TravelTicket metadata", async () => {
  const { ignition, viem } = await network.create();
  const { tripExchange, tripToken, travelTicket } = await ignition.deploy(WayfareModule);
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  const [tourist, issuer] = [wallets[1], wallets[7]];
  const price = parseEther("10");
  const departure = (await publicClient.getBlock()).timestamp + 86_400n;

  await tripExchange.write.buy({ account: tourist.account, value: parseEther("1") });
  await tripToken.write.approve([travelTicket.address, parseEther("1000")], { account: tourist.account });

  /** Creates a journey, buys its first seat and returns the ticket's token id. */
  async function ticketFor(origin: string, destination: string): Promise<bigint> {
    await travelTicket.write.createJourney([origin, destination, departure, price, 5], {
      account: issuer.account,
    });
    const journeyId = await travelTicket.read.journeyCount();
    await travelTicket.write.buyTicket([journeyId], { account: tourist.account });
    return travelTicket.read.ticketId([journeyId, 1]);
  }

  for (const [index, hostile] of HOSTILE_NAMES.entries()) {
    const [origin, destination] = index % 2 === 0 ? [hostile, "Porto"] : ["Lisbon", hostile];

    it(`keeps JSON and SVG well-formed for ${JSON.stringify(hostile)}`, async () => {
      const tokenId = await ticketFor(origin, destination);
      const metadata = decodeTicketMetadata(await travelTicket.read.tokenURI([tokenId]));

      assert.equal(metadata.name, `${origin} → ${destination} · Seat 1`);
      assert.equal(attribute(metadata, "Origin"), origin);
      assert.equal(attribute(metadata, "Destination"), destination);
      assert.equal(attribute(metadata, "Status"), "Valid");
      assert.match(
        metadata.description,
        new RegExp(`from .* to .*, departing \\d{4}-\\d{2}-\\d{2} at \\d{2}:\\d{2} UTC`),
      );

      const svg = parseXml(decodeTicketImage(metadata));
      assert.equal(svg.name, "svg");
      assert.equal(svg.attributes.xmlns, "http://www.w3.org/2000/svg");
      const texts = allElements(svg).map((element) => element.text);
      assert.ok(texts.includes(origin), "the origin is one text node, unchanged");
      assert.ok(texts.includes(destination), "the destination is one text node, unchanged");
      assert.equal(
        svg.children.find((child) => child.name === "title")?.text,
        `Wayfare ticket: ${origin} to ${destination}, seat 1`,
      );
      assert.equal(
        allElements(svg).filter((element) => element.name === "svg").length,
        1,
        "no injected <svg>",
      );
      assert.equal(allElements(svg).filter((element) => element.name === "script").length, 0, "no <script>");
    });
  }

  it("refuses control characters in place names", async () => {
    await viem.assertions.revertWithCustomErrorWithArgs(
      travelTicket.write.createJourney(["Lis\nbon", "Porto", departure, price, 5], {
        account: issuer.account,
      }),
      travelTicket,
      "InvalidPlaceName",
      ["Lis\nbon"],
    );
  });

  it("would catch a name that went in unescaped (the checks can fail)", () => {
    const unescaped = (name: string) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${name}</text></svg>`;
    assert.equal(parseXml(unescaped("Porto")).children[0].text, "Porto");
    for (const hostile of ["Tom & Jerry", "]]></text><svg>", "a</text>", "&bogus;", "<b>"]) {
      assert.throws(() => parseXml(unescaped(hostile)), XmlError, hostile);
    }
    const injected = allElements(parseXml(unescaped("<script>alert(1)</script>")));
    assert.equal(
      injected.filter((element) => element.name === "script").length,
      1,
      "a well-formed injection",
    );
    assert.throws(() => parseXml(`<svg a='1' a='2'/>`), XmlError, "duplicate attribute");
    assert.throws(() => parseXml(`<svg a='<'/>`), XmlError, "< in an attribute");
    assert.throws(() => parseXml(`<svg/><svg/>`), XmlError, "two roots");
    assert.throws(() => parseXml(`<svg>\u0001</svg>`), XmlError, "control character");
  });
});
