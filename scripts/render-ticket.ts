// Draws a ticket as the chain renders it, before and after check-in, into docs/ (PNG, via Chromium).
// Run with `npx hardhat run scripts/render-ticket.ts`; needs Debian's chromium at /usr/bin/chromium.
import { writeFileSync } from "node:fs";

import { network } from "hardhat";
import { chromium } from "playwright-core";
import { parseEther } from "viem";

import WayfareModule from "../deploy/modules/Wayfare.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium.ts";
import { DEMO_ACCOUNTS } from "./lib/demo-accounts.ts";
import { decodeTicketImage, decodeTicketMetadata } from "./lib/token-uri.ts";
import { parseXml } from "./lib/xml.ts";

const OUTPUT_DIR = new URL("../docs/", import.meta.url);
/** A fixed departure, so the picture does not change from run to run: 21 June 2030, 09:30 UTC. */
const DEPARTURE = BigInt(Date.UTC(2030, 5, 21, 9, 30) / 1000);
const BOARDING_OPENS = DEPARTURE - 2n * 3600n;

const { ignition, viem, networkHelpers } = await network.create();
const { tripExchange, tripToken, travelTicket } = await ignition.deploy(WayfareModule);
const wallets = await viem.getWalletClients();
const walletOf = (name: string) => wallets[DEMO_ACCOUNTS.find((account) => account.name === name)!.index];
const [issuer, inspector, tourist] = [walletOf("Issuer"), walletOf("Inspector"), walletOf("Tourist")];
const asTourist = { account: tourist.account };

const price = parseEther("42.5");
await travelTicket.write.createJourney(["Lisbon", "Santiago de Compostela", DEPARTURE, price, 48], {
  account: issuer.account,
});
await tripExchange.write.buy({ ...asTourist, value: parseEther("1") });
await tripToken.write.approve([travelTicket.address, 12n * price], asTourist);
for (let seat = 0; seat < 12; seat++) await travelTicket.write.buyTicket([1n], asTourist);
const tokenId = await travelTicket.read.ticketId([1n, 12]);

async function svgOf(id: bigint): Promise<string> {
  const svg = decodeTicketImage(decodeTicketMetadata(await travelTicket.read.tokenURI([id])));
  parseXml(svg); // throws unless the chain drew a well-formed document
  return svg;
}
const pictures: Record<string, string> = { "ticket-valid": await svgOf(tokenId) };
await networkHelpers.time.increaseTo(BOARDING_OPENS + 15n * 60n);
await travelTicket.write.checkIn([tokenId], { account: inspector.account });
pictures["ticket-checked-in"] = await svgOf(tokenId);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 680, height: 340 }, deviceScaleFactor: 2 });
  for (const [name, svg] of Object.entries(pictures)) {
    await page.setContent(
      `<body style="margin:0;padding:20px"><img id="ticket" alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body>`,
    );
    await page
      .locator("#ticket")
      .screenshot({ path: new URL(`${name}.png`, OUTPUT_DIR).pathname, omitBackground: true });
    writeFileSync(new URL(`${name}.svg`, OUTPUT_DIR), svg);
    console.log(`docs/${name}.png`);
  }
} finally {
  await browser.close();
}
