import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { type Address, type Hash, type Hex, encodeFunctionData, getAddress, parseEther } from "viem";

import {
  type RpcRequester,
  type StructLog,
  type StructLogTrace,
  calldataCost,
  feeLines,
  gasAnatomy,
  summarizeTrace,
  traceTransaction,
} from "../app/_lib/gas-anatomy.ts";
import { abiOf } from "../app/_lib/contracts.ts";
import { ERC20_LAYOUT, mappingSlot, nestedMappingSlot, tokenSlotNamer } from "../app/_lib/storage-names.ts";
import WayfareModule from "../deploy/modules/Wayfare.ts";

const TOKEN: Address = "0x00000000000000000000000000000000000000aa";
const OTHER: Address = "0x00000000000000000000000000000000000000bb";

function step(
  op: string,
  gas: number,
  gasCost: number,
  depth = 1,
  stack: string[] = [],
  refund = 0,
): StructLog {
  return { op, gas, gasCost, depth, stack, refund };
}

describe("gas anatomy: calldata", () => {
  it("counts zero and non-zero bytes, their gas and EIP-7623 tokens", () => {
    const cost = calldataCost("0x00ff0000ab");
    assert.equal(cost.zeroBytes, 3);
    assert.equal(cost.nonZeroBytes, 2);
    assert.equal(cost.gas, 3n * 4n + 2n * 16n);
    assert.equal(cost.tokens, 3n + 2n * 4n);
    assert.equal(cost.floorGas, 21_000n + 10n * 11n);
  });

  it("costs nothing for empty calldata", () => {
    assert.deepEqual(calldataCost("0x"), {
      zeroBytes: 0,
      nonZeroBytes: 0,
      tokens: 0n,
      gas: 0n,
      floorGas: 21_000n,
    });
  });
});

describe("gas anatomy: traces", () => {
  it("reads a first write to an empty slot as 22,100 (cold 2,100 + 20,000)", () => {
    const trace: StructLogTrace = {
      failed: false,
      gas: 0,
      structLogs: [
        step("PUSH1", 50_000, 3),
        step("SLOAD", 49_997, 2_100, 1, ["0x5"]),
        step("SSTORE", 47_897, 20_000, 1, ["0x1", "0x5"]),
        step("STOP", 27_897, 0),
      ],
    };
    const summary = summarizeTrace(trace, TOKEN);
    assert.equal(summary.executionGas, 22_103n);
    assert.equal(summary.storageGas, 22_100n);
    assert.equal(summary.storage.length, 1);
    const [slot] = summary.storage;
    assert.equal(slot.address, TOKEN);
    assert.equal(slot.slot, `0x${"5".padStart(64, "0")}`);
    assert.equal(slot.cold, true);
    assert.equal(slot.write, "filled");
  });

  it("tells an SSTORE that paid the cold surcharge itself, and records a clearing refund", () => {
    const trace: StructLogTrace = {
      failed: false,
      gas: 0,
      structLogs: [step("SSTORE", 10_000, 5_000, 1, ["0x0", "0x7"], 0), step("STOP", 5_000, 0, 1, [], 4_800)],
    };
    const [slot] = summarizeTrace(trace, TOKEN).storage;
    assert.equal(slot.cold, true);
    assert.equal(slot.write, "changed");
    assert.equal(slot.refund, 4_800n);
    assert.equal(summarizeTrace(trace, TOKEN).refundCounter, 4_800n);
  });

  it("gives a reverted transaction no refund: its storage changes are undone", () => {
    const trace: StructLogTrace = {
      failed: true,
      gas: 0,
      structLogs: [
        step("SSTORE", 10_000, 5_000, 1, ["0x0", "0x7"], 0),
        step("REVERT", 5_000, 0, 1, ["0x0", "0x0"], 4_800),
      ],
    };
    assert.equal(summarizeTrace(trace, TOKEN).refundCounter, 0n);
  });

  it("does not mistake a warm first write for a cold one", () => {
    const trace: StructLogTrace = {
      failed: false,
      gas: 0,
      structLogs: [step("SSTORE", 30_000, 20_000, 1, ["0x1", "0x9"]), step("STOP", 10_000, 0)],
    };
    const [slot] = summarizeTrace(trace, TOKEN).storage;
    assert.equal(slot.cold, false);
    assert.equal(slot.write, "filled");
  });

  it("follows CALL into the callee's storage and keeps the caller's through DELEGATECALL", () => {
    const callStack = ["0x0", "0x0", "0x0", "0x0", "0x0", `0x${OTHER.slice(2)}`, "0xffff"];
    const trace: StructLogTrace = {
      failed: false,
      gas: 0,
      structLogs: [
        step("CALL", 100_000, 2_600, 1, callStack),
        step("SLOAD", 90_000, 2_100, 2, ["0x1"]),
        step("DELEGATECALL", 87_000, 2_600, 2, ["0x0", "0x0", "0x0", "0x0", `0x${TOKEN.slice(2)}`, "0xffff"]),
        step("SLOAD", 80_000, 2_100, 3, ["0x2"]),
        step("STOP", 77_000, 0, 3),
        step("STOP", 76_000, 0, 2),
        step("STOP", 75_000, 0, 1),
      ],
    };
    const summary = summarizeTrace(trace, TOKEN);
    assert.deepEqual(
      summary.storage.map(({ address, slot }) => [address, BigInt(slot)]),
      [
        [OTHER, 1n],
        [OTHER, 2n],
      ],
    );
    assert.equal(summary.executionGas, 25_000n);
  });

  it("names storage of a contract created in the transaction once its address is known", () => {
    const created = "0x00000000000000000000000000000000000000cc";
    const trace: StructLogTrace = {
      failed: false,
      gas: 0,
      structLogs: [
        step("CREATE", 200_000, 32_000, 1, ["0x0", "0x0", "0x0"]),
        step("SSTORE", 150_000, 22_100, 2, ["0x1", "0x0"]),
        step("RETURN", 120_000, 0, 2, ["0x0", "0x0"]),
        step("STOP", 100_000, 0, 1, [created]),
      ],
    };
    const [slot] = summarizeTrace(trace, TOKEN).storage;
    assert.equal(slot.address, getAddress(created));
  });

  it("charges all the gas of a top frame that halted exceptionally", () => {
    const trace: StructLogTrace = {
      failed: true,
      gas: 0,
      structLogs: [step("PUSH1", 40_000, 3), step("INVALID", 39_997, 0)],
    };
    assert.equal(summarizeTrace(trace, TOKEN).executionGas, 40_000n);
  });

  it("reports no execution for a payment to an account without code", () => {
    const summary = summarizeTrace({ failed: false, gas: 21_000, structLogs: [] }, OTHER);
    assert.equal(summary.executionGas, 0n);
    assert.deepEqual(summary.storage, []);
  });
});

describe("gas anatomy: lines", () => {
  it("adds the lines up to gas used, with plain words and a fee split", () => {
    const execution = summarizeTrace(
      {
        failed: false,
        gas: 0,
        structLogs: [step("SSTORE", 30_000, 22_100, 1, ["0x1", "0x5"]), step("STOP", 7_000, 0)],
      },
      TOKEN,
    );
    const anatomy = gasAnatomy({
      input: "0x0100",
      to: TOKEN,
      gasUsed: 21_000n + 20n + 23_000n,
      effectiveGasPrice: 3n,
      baseFeePerGas: 1n,
      prague: true,
      execution,
      nameSlot: () => "TRIP balance of Hotel",
    });
    assert.deepEqual(
      anatomy.lines.map(({ key, gas }) => [key, gas]),
      [
        ["intrinsic", 21_000n],
        ["calldata", 20n],
        ["storage", 22_100n],
        ["execution", 900n],
      ],
    );
    assert.equal(anatomy.consistent, true);
    assert.equal(anatomy.floorApplied, false);
    assert.match(anatomy.lines[2].items![0], /^TRIP balance of Hotel: 22,100 gas \(first touch 2,100/);
    assert.match(anatomy.lines[1].explanation, /1 zero byte × 4 \+ 1 non-zero byte × 16/);
    assert.equal(anatomy.fee.fee, anatomy.gasUsed * 3n);
    assert.equal(anatomy.fee.burned, anatomy.gasUsed);
  });

  it("caps the refund at a fifth of the gas used", () => {
    const anatomy = gasAnatomy({
      input: "0x",
      to: TOKEN,
      gasUsed: 24_000n,
      effectiveGasPrice: 1n,
      baseFeePerGas: 1n,
      prague: false,
      execution: { executionGas: 9_000n, refundCounter: 19_900n, storage: [], storageGas: 0n, failed: false },
    });
    const refund = anatomy.lines.find((line) => line.key === "refund");
    assert.equal(refund?.gas, -6_000n);
    assert.match(refund!.explanation, /capped at a fifth/);
    assert.equal(anatomy.totalGas, 24_000n);
    assert.equal(anatomy.consistent, true);
  });

  it("tops a data-heavy transaction up to the EIP-7623 floor on Prague, not before", () => {
    const input: Hex = `0x${"ff".repeat(100)}`;
    const noCode = { executionGas: 0n, refundCounter: 0n, storage: [], storageGas: 0n, failed: false };
    const prague = gasAnatomy({
      input,
      to: OTHER,
      gasUsed: 25_000n,
      effectiveGasPrice: 1n,
      baseFeePerGas: 1n,
      prague: true,
      execution: noCode,
    });
    assert.equal(prague.floorApplied, true);
    assert.equal(prague.floorGas, 25_000n);
    assert.equal(prague.lines.at(-1)?.key, "floor");
    assert.equal(prague.lines.at(-1)?.gas, 25_000n - 22_600n);
    assert.equal(prague.consistent, true);

    const cancun = gasAnatomy({
      input,
      to: OTHER,
      gasUsed: 22_600n,
      effectiveGasPrice: 1n,
      baseFeePerGas: 1n,
      prague: false,
      execution: noCode,
    });
    assert.equal(cancun.floorApplied, false);
    assert.equal(cancun.consistent, true);
  });

  it("charges contract creation and access lists as intrinsic gas", () => {
    const anatomy = gasAnatomy({
      input: `0x${"60".repeat(33)}`,
      to: null,
      accessList: [{ address: OTHER, storageKeys: [`0x${"0".repeat(64)}`] }],
      gasUsed: 100_000n,
      effectiveGasPrice: 1n,
      baseFeePerGas: 1n,
      prague: true,
    });
    assert.equal(anatomy.lines.find((line) => line.key === "create")?.gas, 32_000n + 2n * 2n);
    assert.equal(anatomy.lines.find((line) => line.key === "access-list")?.gas, 2_400n + 1_900n);
    assert.equal(anatomy.intrinsicGas, 21_000n + 33n * 16n + 32_004n + 4_300n);
  });

  it("without a trace, shows execution and storage together and never claims more precision", () => {
    const anatomy = gasAnatomy({
      input: "0x",
      to: TOKEN,
      gasUsed: 50_000n,
      effectiveGasPrice: 1n,
      baseFeePerGas: 1n,
      prague: true,
    });
    assert.deepEqual(
      anatomy.lines.map(({ key, gas }) => [key, gas]),
      [
        ["intrinsic", 21_000n],
        ["calldata", 0n],
        ["execution", 29_000n],
      ],
    );
    assert.match(anatomy.lines[2].explanation, /cannot trace/);
  });

  it("explains the fee in ETH and gwei", () => {
    const lines = feeLines({
      gasUsed: 21_000n,
      effectiveGasPrice: 3_000_000_000n,
      baseFeePerGas: 1_000_000_000n,
    });
    assert.deepEqual(
      lines.map(({ label, amount }) => [label, amount]),
      [
        ["Fee", "0.000063 ETH"],
        ["Burned (base fee)", "0.000021 ETH"],
        ["Tip (priority fee)", "0.000042 ETH"],
      ],
    );
    assert.match(lines[0].explanation, /21,000 gas used × 3 gwei/);
    assert.match(lines[2].explanation, /2 gwei over the base fee/);
  });
});

describe("gas anatomy on the chain", async () => {
  const { ignition, viem } = await network.create();
  const { tripToken, tripExchange } = await ignition.deploy(WayfareModule);
  const publicClient = await viem.getPublicClient();
  const [, payer] = await viem.getWalletClients();
  const recipient: Address = "0x1111111111111111111111111111111111111111";
  await tripExchange.write.buy({ account: payer.account, value: parseEther("1") });

  async function anatomyOf(hash: Hash) {
    const [tx, receipt] = await Promise.all([
      publicClient.getTransaction({ hash }),
      publicClient.waitForTransactionReceipt({ hash }),
    ]);
    const block = await publicClient.getBlock({ blockNumber: receipt.blockNumber });
    const trace = await traceTransaction(publicClient as unknown as RpcRequester, hash);
    return gasAnatomy({
      input: tx.input,
      to: tx.to,
      gasUsed: receipt.gasUsed,
      effectiveGasPrice: receipt.effectiveGasPrice,
      baseFeePerGas: block.baseFeePerGas,
      prague: "requestsHash" in block,
      execution: summarizeTrace(trace, tx.to ?? receipt.contractAddress ?? null),
    });
  }

  it("measures 22,100 then 5,000 for the recipient's balance slot, and adds up to the receipt", async () => {
    const first = await anatomyOf(
      await tripToken.write.transfer([recipient, parseEther("1")], { account: payer.account }),
    );
    const second = await anatomyOf(
      await tripToken.write.transfer([recipient, parseEther("1")], { account: payer.account }),
    );
    for (const anatomy of [first, second]) {
      assert.equal(
        anatomy.consistent,
        true,
        `lines add up to ${anatomy.totalGas}, receipt says ${anatomy.gasUsed}`,
      );
    }
    const storageGas = (anatomy: typeof first) => anatomy.lines.find((line) => line.key === "storage")!.gas;
    // Sender's slot costs the same both times (2,100 + 2,900); the recipient's drops from 22,100 to 5,000.
    assert.equal(storageGas(first) - storageGas(second), 22_100n - 5_000n);
    assert.equal(first.gasUsed - second.gasUsed, 22_100n - 5_000n);
  });

  it("names the sender's and the recipient's TRIP balance slots", async () => {
    const hash = await tripToken.write.transfer([recipient, 1n], { account: payer.account });
    const tx = await publicClient.getTransaction({ hash });
    const summary = summarizeTrace(
      await traceTransaction(publicClient as unknown as RpcRequester, hash),
      tx.to,
    );
    const namer = tokenSlotNamer(
      { address: tripToken.address, symbol: "TRIP" },
      [payer.account.address, recipient],
      (a) => (a.toLowerCase() === recipient.toLowerCase() ? "the recipient" : "the payer"),
    );
    assert.deepEqual(summary.storage.map(namer).sort(), [
      "TRIP balance of the payer",
      "TRIP balance of the recipient",
    ]);
    const slot = mappingSlot(recipient, ERC20_LAYOUT.balances);
    assert.equal(
      BigInt((await publicClient.getStorageAt({ address: tripToken.address, slot })) ?? 0),
      await tripToken.read.balanceOf([recipient]),
    );
  });

  it("names an allowance and the total supply", async () => {
    const namer = tokenSlotNamer(
      { address: tripToken.address, symbol: "TRIP" },
      [payer.account.address, recipient],
      () => "X",
    );
    const access = (slot: Hex) => ({
      address: tripToken.address,
      slot,
      cold: true,
      readGas: 0n,
      writeGas: 0n,
      write: "read" as const,
      refund: 0n,
    });
    assert.equal(
      namer(access(nestedMappingSlot(payer.account.address, recipient, 1n))),
      "TRIP allowance of X for X",
    );
    assert.equal(namer(access(`0x${"0".repeat(63)}2`)), "TRIP total supply");
    assert.equal(namer({ ...access(`0x${"0".repeat(63)}2`), address: recipient }), undefined);
  });

  it("shows the refund for emptying a balance", async () => {
    const balance = await tripToken.read.balanceOf([payer.account.address]);
    const anatomy = await anatomyOf(
      await tripToken.write.transfer([recipient, balance], { account: payer.account }),
    );
    const refund = anatomy.lines.find((line) => line.key === "refund");
    assert.equal(refund?.gas, -4_800n);
    assert.equal(anatomy.consistent, true);
  });

  it("applies the EIP-7623 floor to a data-heavy payment on this Prague chain", async () => {
    const hash = await payer.sendTransaction({ to: recipient, data: `0x${"ab".repeat(200)}` });
    const anatomy = await anatomyOf(hash);
    assert.equal(anatomy.floorApplied, true);
    assert.equal(anatomy.gasUsed, 21_000n + 10n * 800n);
    assert.equal(anatomy.consistent, true);
  });

  it("adds up for a contract call that calls another contract (transferAndCall to the desk)", async () => {
    await tripExchange.write.buy({ account: payer.account, value: parseEther("1") });
    const data = encodeFunctionData({
      abi: abiOf("TripToken"),
      functionName: "transferAndCall",
      args: [tripExchange.address, 1000n * 10n ** 9n],
    });
    const hash = await payer.sendTransaction({ to: tripToken.address, data });
    const anatomy = await anatomyOf(hash);
    assert.equal(anatomy.consistent, true);
  });
});
