import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type Address, hashTypedData } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";
import { encode } from "uqr";

import {
  type GateContext,
  type TicketProof,
  decodeTicketProof,
  encodeTicketProof,
  ticketProofQrSvg,
  ticketProofTypedData,
  verifyTicketProof,
} from "../app/_lib/ticket-proof.ts";

const TICKET: Address = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const NOW = 1_750_000_000n;
const holder = privateKeyToAccount(generatePrivateKey());
const stranger = privateKeyToAccount(generatePrivateKey());
const TOKEN_ID = (3n << 32n) | 7n;

async function signedProof(overrides: Partial<Omit<TicketProof, "signature">> = {}, signer = holder) {
  const unsigned = {
    chainId: 31337,
    ticket: TICKET,
    tokenId: TOKEN_ID,
    holder: holder.address,
    expiry: NOW + 600n,
  };
  const fields = { ...unsigned, ...overrides };
  return { ...fields, signature: await signer.signTypedData(ticketProofTypedData(fields)) };
}

function gate(owner: Address | Error = holder.address): GateContext {
  return {
    chainId: 31337,
    ticket: TICKET,
    chainNow: NOW,
    ownerOf: async () => {
      if (owner instanceof Error) throw owner;
      return owner;
    },
  };
}

function failed(verification: Awaited<ReturnType<typeof verifyTicketProof>>) {
  return verification.checks.filter((check) => !check.ok).map((check) => check.name);
}

describe("ticket proof", () => {
  it("signs over its own domain with the ticket contract as verifying contract", () => {
    const typed = ticketProofTypedData({
      chainId: 31337,
      ticket: TICKET,
      tokenId: 1n,
      holder: holder.address,
      expiry: 2n,
    });
    assert.deepEqual(typed.domain, {
      name: "Wayfare Ticket Proof",
      version: "1",
      chainId: 31337,
      verifyingContract: TICKET,
    });
    assert.deepEqual(typed.types.TicketProof, [
      { name: "tokenId", type: "uint256" },
      { name: "holder", type: "address" },
      { name: "expiry", type: "uint256" },
    ]);
    const other = ticketProofTypedData({ ...typed.message, chainId: 1, ticket: TICKET });
    assert.notEqual(hashTypedData(typed), hashTypedData(other));
  });

  it("round-trips through the QR code's text", async () => {
    const proof = await signedProof();
    const text = encodeTicketProof(proof);
    assert.match(text, /^wayfare:ticket-proof\?chain=31337&contract=0x/);
    assert.deepEqual(decodeTicketProof(text), { ok: true, proof });
  });

  it("draws a QR code that holds the whole text", async () => {
    const proof = await signedProof();
    const svg = ticketProofQrSvg(proof);
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const qr = encode(encodeTicketProof(proof), { ecc: "M" });
    assert.ok(qr.version >= 10, `a ${encodeTicketProof(proof).length}-character proof needs version ≥ 10`);
  });

  it("says why a pasted text is not a proof", () => {
    assert.deepEqual(decodeTicketProof("hello"), {
      ok: false,
      message: 'This is not a Wayfare ticket proof: it should start with "wayfare:ticket-proof?".',
    });
    assert.deepEqual(
      decodeTicketProof("wayfare:ticket-proof?chain=x&contract=0x12&token=1&holder=0x&expiry=1&sig=0x"),
      {
        ok: false,
        message:
          "This ticket proof is damaged: the chain id, the ticket contract, the holder, the signature cannot be read.",
      },
    );
  });

  it("passes every check for the holder's own, fresh proof", async () => {
    const verification = await verifyTicketProof(await signedProof(), gate());
    assert.equal(verification.ok, true);
    assert.deepEqual(
      verification.checks.map((check) => [check.name, check.ok]),
      [
        ["network", true],
        ["signature", true],
        ["expiry", true],
        ["owner", true],
      ],
    );
  });

  it("refuses a proof signed by someone else than the holder it names", async () => {
    const verification = await verifyTicketProof(await signedProof({}, stranger), gate());
    assert.deepEqual(failed(verification), ["signature"]);
    assert.match(verification.checks[1].message, /not by .*altered or forged/);
  });

  it("refuses a proof whose fields were changed after signing", async () => {
    const proof = { ...(await signedProof()), tokenId: TOKEN_ID + 1n };
    assert.deepEqual(failed(await verifyTicketProof(proof, gate())), ["signature"]);
  });

  it("refuses an expired proof and one valid for more than a day", async () => {
    const expired = await verifyTicketProof(await signedProof({ expiry: NOW }), gate());
    assert.deepEqual(failed(expired), ["expiry"]);
    assert.match(expired.checks[2].message, /Expired at .*must show a fresh one/);
    const tooLong = await verifyTicketProof(await signedProof({ expiry: NOW + 2n * 86_400n }), gate());
    assert.deepEqual(failed(tooLong), ["expiry"]);
  });

  it("refuses a proof for a ticket that changed hands or does not exist", async () => {
    const moved = await verifyTicketProof(await signedProof(), gate(stranger.address));
    assert.deepEqual(failed(moved), ["owner"]);
    assert.match(moved.checks[3].message, /now belongs to/);
    const missing = await verifyTicketProof(await signedProof(), gate(new Error("ERC721NonexistentToken")));
    assert.match(missing.checks[3].message, /does not exist on chain/);
  });

  it("refuses a proof made for another chain or contract", async () => {
    const verification = await verifyTicketProof(await signedProof({ chainId: 1 }), gate());
    assert.deepEqual(failed(verification), ["network"]);
  });
});
