import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  type Abi,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  HttpRequestError,
  InsufficientFundsError,
  NonceTooHighError,
  TransactionExecutionError,
  UserRejectedRequestError,
  encodeErrorResult,
} from "viem";

import {
  UserFacingError,
  describeCustomError,
  explainError,
  humanizeIdentifier,
} from "../app/_lib/errors.ts";

const ABI = [
  {
    type: "error",
    name: "ERC20InsufficientBalance",
    inputs: [
      { name: "sender", type: "address" },
      { name: "balance", type: "uint256" },
      { name: "needed", type: "uint256" },
    ],
  },
  { type: "error", name: "Error", inputs: [{ name: "message", type: "string" }] },
  {
    type: "function",
    name: "sell",
    stateMutability: "nonpayable",
    inputs: [{ name: "amount", type: "uint256" }],
    outputs: [],
  },
] as const satisfies Abi;

const TOURIST = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

function revert(data: `0x${string}`): ContractFunctionExecutionError {
  const cause = new ContractFunctionRevertedError({ abi: ABI, data, functionName: "sell" });
  return new ContractFunctionExecutionError(cause, { abi: ABI, functionName: "sell", args: [5n] });
}

describe("dApp error messages", () => {
  it("humanizes identifiers, keeping acronyms", () => {
    assert.equal(humanizeIdentifier("ERC20InsufficientBalance"), "ERC20 insufficient balance");
    assert.equal(humanizeIdentifier("SavingsLocked"), "Savings locked");
    assert.equal(
      humanizeIdentifier("AccessControlUnauthorizedAccount"),
      "Access control unauthorized account",
    );
  });

  it("describes a custom error with its named values", () => {
    assert.equal(
      describeCustomError("ERC20InsufficientBalance", ABI[0].inputs, [TOURIST, 0n, 5_000n]),
      "ERC20 insufficient balance (sender 0x709979…dc79C8, balance 0, needed 5,000)",
    );
    assert.equal(describeCustomError("SoldOut", undefined, [7n]), "Sold out (#1 7)");
  });

  it("decodes a custom error from a revert, naming contract and function", () => {
    const data = encodeErrorResult({
      abi: ABI,
      errorName: "ERC20InsufficientBalance",
      args: [TOURIST, 0n, 5n],
    });
    const explained = explainError(revert(data), { contractName: "TripExchange", functionName: "sell" });
    assert.equal(explained.kind, "reverted");
    assert.equal(explained.errorName, "ERC20InsufficientBalance");
    assert.equal(
      explained.message,
      "TripExchange refused sell(): ERC20 insufficient balance (sender 0x709979…dc79C8, balance 0, needed 5).",
    );
  });

  it("shows a revert reason string", () => {
    const data = encodeErrorResult({ abi: ABI, errorName: "Error", args: ["closed"] });
    assert.equal(explainError(revert(data)).message, "The contract refused the call: closed.");
  });

  it("says when a revert's error is unknown to every ABI", () => {
    assert.match(
      explainError(revert("0x12345678")).message,
      /\(0x12345678\) that none of Wayfare's contracts declare/,
    );
  });

  it("recognises a rejection in the wallet, however deeply wrapped", () => {
    const rejected = new UserRejectedRequestError(new Error("User denied transaction signature."));
    const wrapped = new TransactionExecutionError(rejected, { account: TOURIST, chain: undefined } as never);
    assert.equal(explainError(wrapped).kind, "rejected");
    const plain = Object.assign(new Error("User rejected the request."), { code: 4001 });
    assert.equal(explainError(plain).kind, "rejected");
  });

  it("explains insufficient funds with a way out", () => {
    const explained = explainError(new InsufficientFundsError());
    assert.equal(explained.kind, "insufficient-funds");
    assert.match(explained.message, /faucet/);
  });

  it("tells MetaMask users what to do about a nonce that is too high", () => {
    const explained = explainError(new NonceTooHighError({ nonce: 9 }));
    assert.equal(explained.kind, "nonce");
    assert.match(explained.message, /Clear activity tab data/);
  });

  it("recognises a node that does not answer", () => {
    const down = new HttpRequestError({ url: "http://127.0.0.1:8545", details: "fetch failed" });
    assert.equal(explainError(down).kind, "node-down");
    assert.equal(explainError(new TypeError("Failed to fetch")).kind, "node-down");
  });

  it("falls back to the short message of anything else", () => {
    assert.equal(explainError(new Error("Boom.")).message, "Something went wrong: Boom.");
  });
});

describe("dApp error messages written for people", () => {
  it("passes a UserFacingError through unchanged", () => {
    const explained = explainError(new UserFacingError("not-connected", "Connect a wallet first."));
    assert.deepEqual(explained, { kind: "not-connected", message: "Connect a wallet first." });
  });
});
