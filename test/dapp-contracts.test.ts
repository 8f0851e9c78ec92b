import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { encodeEventTopics, encodeFunctionData, parseEther } from "viem";

import {
  abiOf,
  contractsOn,
  decodeCall,
  decodeLog,
  nameOf,
  splitFunctions,
  withKnownErrors,
} from "../app/_lib/contracts.ts";

const TOURIST = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const STRANGER = "0x000000000000000000000000000000000000dEaD";

describe("dApp contract bindings", () => {
  it("has no contracts on a chain Wayfare was never deployed to", () => {
    assert.deepEqual(contractsOn(424242), []);
  });

  it("names the local chain's demo accounts, and nobody else", () => {
    assert.equal(nameOf(31337, TOURIST), "Tourist");
    assert.equal(nameOf(31337, STRANGER), undefined);
    assert.equal(nameOf(1, TOURIST), undefined);
  });

  it("decodes calldata with the known ABIs even without a deployment", () => {
    const input = encodeFunctionData({
      abi: abiOf("TripExchange"),
      functionName: "sell",
      args: [parseEther("2")],
    });
    const decoded = decodeCall(424242, STRANGER, input);
    assert.equal(decoded?.functionName, "sell");
    assert.deepEqual(decoded?.args, [parseEther("2")]);
    assert.equal(decodeCall(424242, STRANGER, "0x"), undefined);
    assert.equal(decodeCall(424242, STRANGER, "0xdeadbeef"), undefined);
  });

  it("decodes a selector in capitals, and refuses a known selector with arguments cut short", () => {
    const input = encodeFunctionData({ abi: abiOf("TripExchange"), functionName: "sell", args: [1n] });
    assert.equal(decodeCall(424242, STRANGER, `0x${input.slice(2).toUpperCase()}`)?.functionName, "sell");
    assert.equal(decodeCall(424242, STRANGER, input.slice(0, 20) as `0x${string}`), undefined);
  });

  it("decodes an event log with the known ABIs", () => {
    const abi = abiOf("TripToken");
    const topics = encodeEventTopics({ abi, eventName: "Transfer", args: { from: STRANGER, to: TOURIST } });
    const data = "0x00000000000000000000000000000000000000000000000000000000000003e8";
    const decoded = decodeLog(424242, { address: STRANGER, topics: topics as [`0x${string}`], data });
    assert.equal(decoded?.eventName, "Transfer");
    assert.deepEqual(decoded?.args, { from: STRANGER, to: TOURIST, value: 1000n });
  });

  it("splits an ABI's functions into reads and writes", () => {
    const { reads, writes } = splitFunctions(abiOf("TripExchange"));
    assert.ok(reads.some((fn) => fn.name === "rate"));
    assert.ok(writes.some((fn) => fn.name === "buy" && fn.stateMutability === "payable"));
    assert.ok(reads.every((fn) => fn.stateMutability === "view" || fn.stateMutability === "pure"));
  });
});

describe("dApp address names", () => {
  it("names the zero address", () => {
    assert.equal(nameOf(1, "0x0000000000000000000000000000000000000000"), "Zero address");
  });
});

describe("dApp revert decoding", () => {
  it("adds the other contracts' custom errors to an ABI, once each", () => {
    const exchange = abiOf("TripExchange");
    const merged = withKnownErrors(exchange);
    const errors = merged.filter((item) => item.type === "error").map((item) => item.name);
    assert.ok(errors.includes("ZeroAmount"));
    assert.ok(errors.includes("ERC20InsufficientAllowance"));
    assert.equal(errors.length, new Set(errors).size);
    assert.equal(merged.slice(0, exchange.length).length, exchange.length);
  });
});
