import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { keccak256, numberToHex, parseEther, parseSignature, stringToHex } from "viem";

import { fillBlocks } from "../app/_lib/congestion.ts";
import type { RpcRequester } from "../app/_lib/gas-anatomy.ts";
import {
  NotLocalChainError,
  increaseTime,
  mineBlocks,
  sendAsUnlocked,
  writeAsUnlocked,
} from "../app/_lib/local-node.ts";
import { abiOf } from "../app/_lib/contracts.ts";
import { type Authorization, authorizationTypedData } from "../app/_lib/eip3009.ts";
import WayfareModule from "../deploy/modules/Wayfare.ts";

describe("local node controls", async () => {
  const { ignition, viem } = await network.create();
  const { tripExchange, tripToken } = await ignition.deploy(WayfareModule);
  const publicClient = await viem.getPublicClient();
  const node = publicClient as unknown as RpcRequester;
  const [, merchant, other] = await viem.getWalletClients();

  it("sends from an unlocked account without its key", async () => {
    const hash = await sendAsUnlocked(node, {
      from: merchant.account.address,
      to: other.account.address,
      value: parseEther("1"),
    });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    assert.equal(receipt.from.toLowerCase(), merchant.account.address.toLowerCase());
  });

  it("simulates an unlocked write first, so a refusal comes back decoded", async () => {
    await assert.rejects(
      writeAsUnlocked(publicClient, {
        from: merchant.account.address,
        address: tripExchange.address,
        abi: abiOf("TripExchange"),
        functionName: "sell",
        args: [0n],
      }),
      (error: Error) => /ZeroAmount/.test(error.message),
    );
    const hash = await writeAsUnlocked(publicClient, {
      from: merchant.account.address,
      address: tripExchange.address,
      abi: abiOf("TripExchange"),
      functionName: "buy",
      args: [],
      value: parseEther("1"),
    });
    assert.equal((await publicClient.waitForTransactionReceipt({ hash })).status, "success");
  });

  it("judges an unlocked write in the next block, whose clock may be ahead of the last one's", async () => {
    await tripExchange.write.buy({ value: parseEther("1"), account: other.account });
    // The clock moves on with no block mined: the last block's timestamp is now ten minutes stale.
    await node.request({ method: "evm_increaseTime", params: [numberToHex(600)] });
    const stale = (await publicClient.getBlock()).timestamp;
    const authorization: Authorization = {
      kind: "ReceiveWithAuthorization",
      from: other.account.address,
      to: merchant.account.address,
      value: parseEther("1"),
      validAfter: stale + 60n,
      validBefore: stale + 3_600n,
      nonce: keccak256(stringToHex("valid only on the chain's current clock")),
    };
    const domain = {
      name: "Trip Token",
      version: "1",
      chainId: await publicClient.getChainId(),
      verifyingContract: tripToken.address,
    };
    const { r, s, yParity } = parseSignature(
      await other.signTypedData(authorizationTypedData(domain, authorization)),
    );
    const { from, to, value, validAfter, validBefore, nonce } = authorization;
    const hash = await writeAsUnlocked(publicClient, {
      from: merchant.account.address,
      address: tripToken.address,
      abi: abiOf("TripToken"),
      functionName: "receiveWithAuthorization",
      args: [from, to, value, validAfter, validBefore, nonce, yParity + 27, r, s],
    });
    assert.equal((await publicClient.waitForTransactionReceipt({ hash })).status, "success");
  });

  it("moves the chain's clock forward and mines", async () => {
    const before = await publicClient.getBlock();
    await increaseTime(node, 86_400n);
    const after = await publicClient.getBlock();
    assert.equal(after.number, before.number + 1n);
    assert.ok(after.timestamp >= before.timestamp + 86_400n);
    await mineBlocks(node, 2);
    assert.equal(await publicClient.getBlockNumber(), after.number + 2n);
  });

  it("fills blocks to their gas limit, one block per round, and leaves automine on", async () => {
    const start = await publicClient.getBlock();
    await fillBlocks(node, { from: other.account.address, blockGasLimit: start.gasLimit, blocks: 2 });
    const [first, second] = await Promise.all([
      publicClient.getBlock({ blockNumber: start.number + 1n }),
      publicClient.getBlock({ blockNumber: start.number + 2n }),
    ]);
    assert.equal(first.gasUsed, first.gasLimit);
    assert.equal(second.gasUsed, second.gasLimit);
    assert.equal(second.baseFeePerGas, (first.baseFeePerGas! * 9n) / 8n);
    const hash = await sendAsUnlocked(node, { from: other.account.address, to: merchant.account.address });
    assert.equal((await publicClient.waitForTransactionReceipt({ hash })).blockNumber, start.number + 3n);
  });

  it("refuses every control on a chain other than 31337", async () => {
    const mainnet: RpcRequester = { request: async () => "0x1" };
    await assert.rejects(increaseTime(mainnet, 1n), NotLocalChainError);
    await assert.rejects(
      sendAsUnlocked(mainnet, { from: merchant.account.address }),
      /only exists on the local chain/,
    );
  });
});
