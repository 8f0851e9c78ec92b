import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  BaseError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  UserRejectedRequestError,
  encodeErrorResult,
  parseEther,
} from "viem";

import { abiOf } from "../app/_lib/contracts.ts";
import {
  authorizationExplainer,
  decodedRevert,
  explainLabError,
  tokenExplainer,
} from "../app/_lib/lab-errors.ts";

const TOKEN_ABI = abiOf("TripToken");

/** A revert as viem throws it from a simulation: the decoded custom error inside an execution error. */
function revert(errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({ abi: TOKEN_ABI, errorName, args } as Parameters<
    typeof encodeErrorResult
  >[0]);
  const cause = new ContractFunctionRevertedError({ abi: TOKEN_ABI, data, functionName: "transfer" });
  return new ContractFunctionExecutionError(cause as BaseError, {
    abi: TOKEN_ABI,
    functionName: "transfer",
    args: ["0x70997970C51812dc3A010C7d01b50e0d17dc79C8", 1n],
  });
}

describe("lab errors", () => {
  it("decodes a revert's custom error and arguments", () => {
    const sender = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    assert.deepEqual(decodedRevert(revert("ERC20InsufficientBalance", [sender, 1n, 2n])), {
      errorName: "ERC20InsufficientBalance",
      args: [sender, 1n, 2n],
    });
    assert.equal(decodedRevert(new Error("plain")), undefined);
  });

  it("uses the lab's words for the errors it knows", () => {
    const explained = explainLabError(
      revert("ERC20InsufficientBalance", [
        "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        parseEther("1"),
        parseEther("2.5"),
      ]),
      [authorizationExplainer, tokenExplainer],
    );
    assert.equal(explained.kind, "reverted");
    assert.equal(explained.errorName, "ERC20InsufficientBalance");
    assert.match(explained.message, /^Not enough TRIP: the account holds 1 TRIP and this needs 2.5 TRIP\./);
  });

  it("explains EIP-3009 refusals through the authorization explainer", () => {
    const explained = explainLabError(
      revert("AuthorizationAlreadyUsed", [
        "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        `0x${"12".repeat(32)}`,
      ]),
      [authorizationExplainer],
    );
    assert.match(explained.message, /was already used/);
  });

  it("falls back to the dApp's general explanation", () => {
    const rejected = explainLabError(new UserRejectedRequestError(new Error("no")), [tokenExplainer]);
    assert.equal(rejected.kind, "rejected");
    const unknown = explainLabError(
      revert("ERC20InvalidReceiver", ["0x0000000000000000000000000000000000000000"]),
      [tokenExplainer],
    );
    assert.match(unknown.message, /ERC20 invalid receiver/);
  });
});
