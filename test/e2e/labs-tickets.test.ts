import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Locator } from "playwright-core";
import { createPublicClient, http } from "viem";

import { localAccounts } from "../../app/_generated/contracts.ts";
import { abiOf } from "../../app/_lib/contracts.ts";
import { readDeployment } from "../../scripts/lib/deployment.ts";
import { eventually, sharedStack } from "./harness.ts";
import { LAB_TIMEOUT, doneGoals, openLab, rejectNext, waitForGoal } from "./labs.ts";

/** The SVG inside a ticket's picture (its `src` is the contract's base64 data URI). */
async function ticketSvg(card: Locator): Promise<string> {
  const src = (await card.locator("img.ticket-image").getAttribute("src")) ?? "";
  const [prefix, base64 = ""] = src.split(",");
  assert.equal(prefix, "data:image/svg+xml;base64");
  return Buffer.from(base64, "base64").toString("utf8");
}

describe("tickets lab", () => {
  it(
    "buys seats by transferAndCall and by permit, checks a signed proof in at the gate, and refuses to move the souvenir",
    LAB_TIMEOUT,
    async () => {
      const { page, errors, visitor } = await openLab("tickets");
      const chain = createPublicClient({ transport: http((await sharedStack()).node.url) });
      const travelTicket = {
        // From the deployment the harness just made: the generated bindings were loaded before it.
        address: readDeployment(31337).TravelTicket.address,
        abi: abiOf("TravelTicket"),
      };
      assert.equal(await page.locator(".lab-topic-link").first().getAttribute("href"), "/#/tickets");
      assert.deepEqual(await doneGoals(page), []);

      // The seeded journeys are listed with their badges.
      await page
        .locator('[data-journey="1"][data-state="departed"]')
        .getByText("Departed", { exact: true })
        .waitFor();
      await page.locator("[data-journey]", { hasText: "Edinburgh → Inverness" }).waitFor();

      await page.getByRole("button", { name: "Buy 200 TRIP for 0.2 ETH" }).click();
      await page.locator('[data-balance-of="TRIP"]').getByText("200").waitFor();

      // The issuer's desk refuses a journey without seats at the field, then schedules one that boards
      // at once (other tests may have moved the shared chain's clock past the seeded departures).
      const desk = page.locator("[data-issuer-desk]");
      await desk.getByLabel("From").fill("Trieste");
      await desk.getByLabel("To").fill("Ljubljana");
      await desk.getByLabel("Price per seat").fill("15");
      await desk.getByLabel("Seats").fill("0");
      await desk.getByRole("button", { name: "Schedule the journey" }).click();
      await desk.getByText("A journey needs at least one seat.").waitFor();
      assert.equal(await desk.getByLabel("Seats").getAttribute("aria-invalid"), "true");
      await desk.getByLabel("Seats").fill("12");
      await desk.getByRole("button", { name: "Schedule the journey" }).click();
      await desk.locator("[data-phase=confirmed]").waitFor();

      const journey = page.locator("[data-journey]", { hasText: "Trieste → Ljubljana" });
      await journey.getByText("Boarding", { exact: true }).waitFor();
      await journey.getByText("12 of 12").waitFor();

      // One click each: transferAndCall, then a permit signed for exactly the price.
      await journey.getByRole("button", { name: "Buy a seat for 15 TRIP" }).click();
      await waitForGoal(page, "bought-transfer-and-call");
      await page.getByRole("radio", { name: /Permit/ }).check();
      await journey.getByRole("button", { name: "Buy a seat for 15 TRIP" }).click();
      await waitForGoal(page, "bought-permit");
      await journey.getByText("10 of 12").waitFor();
      await page.locator('[data-balance-of="TRIP"]').getByText("170").waitFor();

      // My tickets: each drawn by the contract (tokenURI → JSON → SVG).
      const cards = page.locator("[data-ticket]");
      await eventually(() => cards.count(), 2, "two tickets held");
      const card = cards.filter({ hasText: "Trieste → Ljubljana · Seat 1" });
      const tokenId = BigInt((await card.getAttribute("data-ticket"))!);
      await page.waitForFunction(
        (id) =>
          (document.querySelector(`[data-ticket="${id}"] img`) as HTMLImageElement | null)?.naturalWidth ===
          640,
        tokenId.toString(),
      );
      const svg = await ticketSvg(card);
      assert.match(svg, /^<svg /);
      assert.match(svg, /Trieste/);
      assert.match(svg, /VALID/);

      // The holder signs a proof for the gate: the first signature is refused in the wallet.
      await card.getByRole("button", { name: "Show it at the gate" }).click();
      await rejectNext(page, "eth_signTypedData_v4");
      await card.getByRole("button", { name: "Sign the proof" }).click();
      await card.getByText("You rejected the request in your wallet.").waitFor();
      await card.getByRole("button", { name: "Sign the proof" }).click();
      await card.locator("[data-proof] img.proof-qr").waitFor();
      const proofText = (await card.locator("[data-proof] pre").textContent()) ?? "";
      assert.match(
        proofText,
        new RegExp(`^wayfare:ticket-proof\\?chain=31337&.*token=${tokenId}&holder=${visitor}`),
      );

      // The gate: a damaged proof is refused at the field; the holder's own proof passes every check.
      const gate = page.locator("[data-gate]");
      const proofField = gate.getByLabel("Ticket proof");
      await proofField.fill(proofText.replace("sig=0x", "sig=0xzz"));
      await gate.getByRole("button", { name: "Verify the proof" }).click();
      await gate.getByText("This ticket proof is damaged: the signature cannot be read.").waitFor();
      assert.equal(await proofField.getAttribute("aria-invalid"), "true");
      await card.getByRole("button", { name: "Hand it to the gate below" }).click();
      await eventually(() => proofField.inputValue(), proofText, "the proof is at the gate");
      await gate.getByRole("button", { name: "Verify the proof" }).click();
      await gate.locator('[data-verdict="true"]').waitFor();
      assert.deepEqual(
        await gate
          .locator("[data-check]")
          .evaluateAll((items) =>
            items.map((item) => [item.getAttribute("data-check"), item.getAttribute("data-ok")]),
          ),
        [
          ["network", "true"],
          ["signature", "true"],
          ["expiry", "true"],
          ["owner", "true"],
        ],
      );
      await gate.getByRole("button", { name: "Check the ticket in (as the Inspector)" }).click();
      await gate.locator("[data-phase=confirmed]").waitFor();
      await waitForGoal(page, "checked-in");
      const inspector = localAccounts.find((account) => account.name === "Inspector")!.address;
      const [checkIn] = await chain.getContractEvents({
        ...travelTicket,
        eventName: "CheckedIn",
        args: { tokenId },
        fromBlock: 0n,
      });
      assert.equal(checkIn.args.inspector, inspector, "the Inspector's account checked the ticket in");

      // The ticket is a souvenir now: its picture says so, and sending it is refused with the reason.
      const souvenir = page.locator(`[data-ticket="${tokenId}"][data-status="checked-in"]`);
      await souvenir.waitFor();
      await eventually(
        async () => (await ticketSvg(souvenir)).includes("CHECKED IN"),
        true,
        "the SVG shows it",
      );
      await souvenir.getByRole("button", { name: "Try to send it" }).click();
      await souvenir.getByRole("button", { name: "Use the Tourist's address" }).click();
      await souvenir.getByRole("button", { name: "Send the ticket" }).click();
      await souvenir
        .getByText(
          new RegExp(
            `is a souvenir: .*locked to its holder.* The contract's error: TicketLocked\\(${tokenId}\\)\\.`,
          ),
        )
        .waitFor();
      assert.equal(
        await chain.readContract({ ...travelTicket, functionName: "ownerOf", args: [tokenId] }),
        visitor,
        "the souvenir did not move",
      );

      assert.deepEqual((await doneGoals(page)).sort(), [
        "bought-permit",
        "bought-transfer-and-call",
        "checked-in",
      ]);
      assert.deepEqual(errors, []);
    },
  );
});
