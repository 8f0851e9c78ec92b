// EIP-712 typed data that TRIP signs: EIP-2612 permits and EIP-3009 authorizations (USDC's types).
// Plain `{ name, type }` lists, so viem's `signTypedData` and ethers' `Wallet.signTypedData` both take them;
// no runtime import of either library, so the ethers CLI does not load viem for it, and nothing
// Node-only, so the dApp's labs sign with the same types in the browser.
import type { Address, Hex } from "viem";

/** TRIP's EIP-712 domain: the name and version its `ERC20Permit` constructor sets. */
export function tripDomain(chainId: number, verifyingContract: Address) {
  return { name: "Trip Token", version: "1", chainId, verifyingContract } as const;
}

export const PERMIT_TYPES = {
  Permit: [
    { name: "owner", type: "address" },
    { name: "spender", type: "address" },
    { name: "value", type: "uint256" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

const AUTHORIZATION_FIELDS = [
  { name: "from", type: "address" },
  { name: "to", type: "address" },
  { name: "value", type: "uint256" },
  { name: "validAfter", type: "uint256" },
  { name: "validBefore", type: "uint256" },
  { name: "nonce", type: "bytes32" },
] as const;

export const TRANSFER_WITH_AUTHORIZATION_TYPES = { TransferWithAuthorization: AUTHORIZATION_FIELDS } as const;

export const RECEIVE_WITH_AUTHORIZATION_TYPES = { ReceiveWithAuthorization: AUTHORIZATION_FIELDS } as const;

export const CANCEL_AUTHORIZATION_TYPES = {
  CancelAuthorization: [
    { name: "authorizer", type: "address" },
    { name: "nonce", type: "bytes32" },
  ],
} as const;

/** EIP-3009 nonces are random 32-byte values, so authorizations can be used in any order. */
export function randomNonce(): Hex {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return `0x${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
