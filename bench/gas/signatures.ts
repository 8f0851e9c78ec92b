// Off-chain signatures the gasless operations need: EIP-2612 permits and EIP-3009 authorizations.
import { type Address, type Hex, type TypedDataDomain, keccak256, parseSignature, stringToHex } from "viem";

import { PERMIT_TYPES, TRANSFER_WITH_AUTHORIZATION_TYPES } from "../../scripts/lib/typed-data.ts";
import type { Contract, GasEnv, Wallet } from "./harness.ts";

/**
 * Deadline of every permit and authorization: a fixed moment (2100-01-01 UTC) rather than "an hour
 * from now", so the signatures, and with them the calldata and its gas, are the same on every run.
 */
export const FIXED_DEADLINE = 4_102_444_800n;

export interface VRS {
  v: number;
  r: Hex;
  s: Hex;
}

/** The token's EIP-712 domain: from EIP-5267 `eip712Domain()` if it has it, else name + version "1". */
async function domainOf(env: GasEnv, token: Contract): Promise<TypedDataDomain> {
  const hasEip5267 = token.abi.some((item) => item.type === "function" && item.name === "eip712Domain");
  const chainId = await env.publicClient.getChainId();
  if (hasEip5267) {
    const [, name, version] = await env.read<readonly [Hex, string, string]>(token, "eip712Domain");
    return { name, version, chainId, verifyingContract: token.address };
  }
  const name = await env.read<string>(token, "name");
  return { name, version: "1", chainId, verifyingContract: token.address };
}

function toVRS(signature: Hex): VRS {
  const { r, s, yParity } = parseSignature(signature);
  return { v: 27 + (yParity ?? 0), r, s };
}

/** `owner`'s EIP-2612 permit for `spender` to spend `value` until `deadline`, at the current nonce. */
export async function signPermit(
  env: GasEnv,
  token: Contract,
  owner: Wallet,
  spender: Address,
  value: bigint,
  deadline: bigint,
): Promise<VRS> {
  const nonce = await env.read<bigint>(token, "nonces", [owner.account.address]);
  const signature = await owner.signTypedData({
    account: owner.account,
    domain: await domainOf(env, token),
    primaryType: "Permit",
    types: PERMIT_TYPES,
    message: { owner: owner.account.address, spender, value, nonce, deadline },
  });
  return toVRS(signature);
}

export interface Authorization extends VRS {
  from: Address;
  to: Address;
  value: bigint;
  validAfter: bigint;
  validBefore: bigint;
  nonce: Hex;
}

/** `from`'s EIP-3009 TransferWithAuthorization of `value` to `to`, with a fresh random-looking nonce. */
export async function signTransferAuthorization(
  env: GasEnv,
  token: Contract,
  from: Wallet,
  to: Address,
  value: bigint,
  validBefore: bigint,
  nonceSeed: string,
): Promise<Authorization> {
  const nonce = keccak256(stringToHex(nonceSeed));
  const message = { from: from.account.address, to, value, validAfter: 0n, validBefore, nonce };
  const signature = await from.signTypedData({
    account: from.account,
    domain: await domainOf(env, token),
    primaryType: "TransferWithAuthorization",
    types: TRANSFER_WITH_AUTHORIZATION_TYPES,
    message,
  });
  return { ...message, ...toVRS(signature) };
}
