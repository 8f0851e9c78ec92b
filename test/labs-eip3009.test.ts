import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { type Address, BaseError, ContractFunctionRevertedError, parseEther } from "viem";

import {
  type SignedAuthorization,
  type TokenDomain,
  authorizationTypedData,
  cancelTypedData,
  decodeSignedAuthorization,
  encodeSignedAuthorization,
  explainAuthorizationError,
  newAuthorization,
  randomNonce,
  readableAuthorization,
} from "../app/_lib/eip3009.ts";
import WayfareModule from "../deploy/modules/Wayfare.ts";

const PAYER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const CAFE: Address = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const DOMAIN: TokenDomain = {
  name: "Trip Token",
  version: "1",
  chainId: 31337,
  verifyingContract: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
};

function sampleSigned(): SignedAuthorization {
  return {
    ...newAuthorization({
      kind: "ReceiveWithAuthorization",
      from: PAYER,
      to: CAFE,
      value: parseEther("4.5"),
      chainNow: 1_700_000_000n,
      lifetimeSeconds: 600n,
      nonce: `0x${"ab".repeat(32)}`,
    }),
    chainId: 31337,
    token: DOMAIN.verifyingContract,
    signature: `0x${"11".repeat(65)}`,
  };
}

describe("EIP-3009 authorizations", () => {
  it("makes random 32-byte nonces", () => {
    const a = randomNonce();
    assert.match(a, /^0x[0-9a-f]{64}$/);
    assert.notEqual(a, randomNonce());
  });

  it("is valid from a minute before the chain's now for the chosen lifetime", () => {
    const authorization = sampleSigned();
    assert.equal(authorization.validAfter, 1_700_000_000n - 60n);
    assert.equal(authorization.validBefore, 1_700_000_600n);
  });

  it("builds the typed data of the chosen kind", () => {
    const typed = authorizationTypedData(DOMAIN, sampleSigned());
    assert.equal(typed.primaryType, "ReceiveWithAuthorization");
    assert.deepEqual(Object.keys(typed.types), ["ReceiveWithAuthorization"]);
    assert.deepEqual(Object.keys(typed.message), [
      "from",
      "to",
      "value",
      "validAfter",
      "validBefore",
      "nonce",
    ]);
    assert.equal(cancelTypedData(DOMAIN, PAYER, randomNonce()).primaryType, "CancelAuthorization");
  });

  it("reads as amount, people, validity, nonce, submitter and token", () => {
    const signed = sampleSigned();
    const lines = readableAuthorization(DOMAIN, signed, {
      symbol: "TRIP",
      decimals: 18,
      nameOf: (address) => (address === CAFE ? "Café Meridian" : undefined),
    });
    const byLabel = Object.fromEntries(lines.map((line) => [line.label, line]));
    assert.equal(byLabel.Pay.value, "4.5 TRIP");
    assert.equal(byLabel.From.value, PAYER);
    assert.equal(byLabel.To.value, "Café Meridian (0x15d3…6A65)");
    assert.equal(byLabel.Valid.value, "after 2023-11-14 22:12:20 UTC, before 2023-11-14 22:23:20 UTC");
    assert.match(byLabel.Valid.note!, /About 11 minutes/);
    assert.equal(byLabel["Submitted by"].value, "Café Meridian (0x15d3…6A65)");
    assert.match(byLabel.Token.value, /Trip Token \(version 1\) at 0xe7f1.*chain 31337/);
  });

  it("round-trips the hand-over text", () => {
    const signed = sampleSigned();
    assert.deepEqual(decodeSignedAuthorization(encodeSignedAuthorization(signed)), {
      ok: true,
      value: signed,
    });
  });

  it("says what is wrong with a damaged hand-over", () => {
    assert.deepEqual(decodeSignedAuthorization("hello"), {
      ok: false,
      message: "This is not a signed payment: paste the whole text the payer gave you.",
    });
    const broken = JSON.parse(encodeSignedAuthorization(sampleSigned())) as Record<string, unknown>;
    broken.value = "-1";
    const result = decodeSignedAuthorization(JSON.stringify(broken));
    assert.deepEqual(result, {
      ok: false,
      message: 'This signed payment is damaged: "value" must be a whole number.',
    });
    broken.value = "1";
    broken.nonce = "0x12";
    assert.match(
      (decodeSignedAuthorization(JSON.stringify(broken)) as { message: string }).message,
      /"nonce" must be 32 bytes of hex/,
    );
  });

  it("explains each refusal with what to do", () => {
    assert.match(
      explainAuthorizationError("AuthorizationExpired", [1_700_000_000n, 1_700_000_100n])!,
      /expired at 2023-11-14 22:13:20 UTC .* ask the payer to sign a new one/,
    );
    assert.match(
      explainAuthorizationError("AuthorizationAlreadyUsed", [PAYER, `0x${"ab".repeat(32)}`])!,
      /already used/,
    );
    assert.match(
      explainAuthorizationError("AuthorizationAlreadyCanceled", [PAYER, `0x${"ab".repeat(32)}`])!,
      /cancelled/,
    );
    assert.equal(explainAuthorizationError("SomethingElse", []), undefined);
  });
});

describe("EIP-3009 authorizations on the chain", async () => {
  const { ignition, viem, networkHelpers } = await network.create();
  const { tripToken, tripExchange } = await ignition.deploy(WayfareModule);
  const publicClient = await viem.getPublicClient();
  const [, payer, merchant] = await viem.getWalletClients();
  await tripExchange.write.buy({ account: payer.account, value: parseEther("1") });
  const [, name, version, chainId, verifyingContract] = await tripToken.read.eip712Domain();
  const domain: TokenDomain = { name, version, chainId: Number(chainId), verifyingContract };

  async function sign(value: bigint, lifetimeSeconds = 600n) {
    const { timestamp } = await publicClient.getBlock({ blockTag: "pending" });
    const authorization = newAuthorization({
      kind: "ReceiveWithAuthorization",
      from: payer.account.address,
      to: merchant.account.address,
      value,
      chainNow: timestamp,
      lifetimeSeconds,
    });
    const signature = await payer.signTypedData({
      account: payer.account,
      ...authorizationTypedData(domain, authorization),
    });
    return { ...authorization, signature };
  }

  function submit(signed: Awaited<ReturnType<typeof sign>>) {
    const { from, to, value, validAfter, validBefore, nonce, signature } = signed;
    return tripToken.write.receiveWithAuthorization(
      [from, to, value, validAfter, validBefore, nonce, signature],
      {
        account: merchant.account,
      },
    );
  }

  async function refusal(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      const reverted =
        error instanceof BaseError ? error.walk((e) => e instanceof ContractFunctionRevertedError) : null;
      assert.ok(reverted instanceof ContractFunctionRevertedError, String(error));
      const explained = explainAuthorizationError(reverted.data!.errorName, reverted.data!.args ?? []);
      assert.ok(explained, reverted.data!.errorName);
      return explained;
    }
    assert.fail("expected the token to refuse");
  }

  it("lets the merchant submit a payment the payer signed, the merchant paying the gas", async () => {
    const signed = await sign(parseEther("2"));
    const payerEth = await publicClient.getBalance({ address: payer.account.address });
    await submit(signed);
    assert.equal(await tripToken.read.balanceOf([merchant.account.address]), parseEther("2"));
    assert.equal(await publicClient.getBalance({ address: payer.account.address }), payerEth);
    assert.match(await refusal(submit(signed)), /already used/);
  });

  it("refuses an expired payment with the reason", async () => {
    const signed = await sign(parseEther("1"), 120n);
    await networkHelpers.time.increase(600);
    assert.match(await refusal(submit(signed)), /expired at .* ask the payer to sign a new one/);
  });

  it("refuses a cancelled payment with the reason", async () => {
    const signed = await sign(parseEther("1"));
    const cancelSignature = await payer.signTypedData({
      account: payer.account,
      ...cancelTypedData(domain, payer.account.address, signed.nonce),
    });
    await tripToken.write.cancelAuthorization([payer.account.address, signed.nonce, cancelSignature], {
      account: payer.account,
    });
    assert.match(await refusal(submit(signed)), /cancelled this signed payment/);
  });
});
