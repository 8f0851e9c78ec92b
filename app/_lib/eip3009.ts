// EIP-3009 gasless payments as the browser handles them: the typed data a payer signs, its readable
// form shown before signing, the signed payload handed to the payee (who submits it and pays the gas),
// and the token's refusals in plain words.
import { type Address, type Hex, type TypedDataDomain, getAddress, isAddress, isHex } from "viem";

import {
  CANCEL_AUTHORIZATION_TYPES,
  RECEIVE_WITH_AUTHORIZATION_TYPES,
  TRANSFER_WITH_AUTHORIZATION_TYPES,
  randomNonce,
} from "../../scripts/lib/typed-data.ts";
import { formatAmount, formatInteger, formatTimestamp, shortHex } from "./format.ts";

export { CANCEL_AUTHORIZATION_TYPES, randomNonce };

/**
 * The two authorizations the token accepts. `ReceiveWithAuthorization` may only be submitted by the
 * payee, so nobody watching the mempool can submit it first; Wayfare's merchants use it.
 */
export type AuthorizationKind = "TransferWithAuthorization" | "ReceiveWithAuthorization";

const AUTHORIZATION_TYPES = {
  ...TRANSFER_WITH_AUTHORIZATION_TYPES,
  ...RECEIVE_WITH_AUTHORIZATION_TYPES,
} as const;

/** The token's EIP-712 domain (read it with ERC-5267's `eip712Domain()`). */
export interface TokenDomain {
  name: string;
  version: string;
  chainId: number;
  verifyingContract: Address;
}

export interface Authorization {
  kind: AuthorizationKind;
  from: Address;
  to: Address;
  /** Base units of the token. */
  value: bigint;
  /** Valid strictly after this time (seconds since 1970). */
  validAfter: bigint;
  /** Valid strictly before this time. */
  validBefore: bigint;
  /** A random 32-byte value: used once, in any order with others. */
  nonce: Hex;
}

/**
 * An authorization valid from now (on the chain's clock) for `lifetimeSeconds`. `validAfter` is a
 * little in the past so the very next block accepts it, whatever the wall clock says.
 */
export function newAuthorization(input: {
  kind: AuthorizationKind;
  from: Address;
  to: Address;
  value: bigint;
  chainNow: bigint;
  lifetimeSeconds: bigint;
  nonce?: Hex;
}): Authorization {
  return {
    kind: input.kind,
    from: input.from,
    to: input.to,
    value: input.value,
    validAfter: input.chainNow > 60n ? input.chainNow - 60n : 0n,
    validBefore: input.chainNow + input.lifetimeSeconds,
    nonce: input.nonce ?? randomNonce(),
  };
}

/** The EIP-712 typed data to pass to `signTypedData` (`eth_signTypedData_v4`). */
export function authorizationTypedData(domain: TokenDomain, authorization: Authorization) {
  const { kind, from, to, value, validAfter, validBefore, nonce } = authorization;
  return {
    domain: domain satisfies TypedDataDomain,
    types: { [kind]: AUTHORIZATION_TYPES[kind] } as Pick<typeof AUTHORIZATION_TYPES, typeof kind>,
    primaryType: kind,
    message: { from, to, value, validAfter, validBefore, nonce },
  };
}

/** The typed data to sign to cancel an unused authorization. */
export function cancelTypedData(domain: TokenDomain, authorizer: Address, nonce: Hex) {
  return {
    domain: domain satisfies TypedDataDomain,
    types: CANCEL_AUTHORIZATION_TYPES,
    primaryType: "CancelAuthorization" as const,
    message: { authorizer, nonce },
  };
}

export interface ReadableLine {
  label: string;
  value: string;
  /** Why it matters, for people who have never signed typed data. */
  note?: string;
}

/** The authorization as people read it before signing. */
export function readableAuthorization(
  domain: TokenDomain,
  authorization: Authorization,
  options: { symbol: string; decimals: number; nameOf?: (address: Address) => string | undefined },
): ReadableLine[] {
  const who = (address: Address) => {
    const name = options.nameOf?.(address);
    return name ? `${name} (${shortHex(address)})` : address;
  };
  const minutes = (authorization.validBefore - authorization.validAfter) / 60n;
  return [
    {
      label: "Pay",
      value: `${formatAmount(authorization.value, options.decimals, options.decimals)} ${options.symbol}`,
    },
    { label: "From", value: who(authorization.from) },
    { label: "To", value: who(authorization.to) },
    {
      label: "Valid",
      value: `after ${formatTimestamp(authorization.validAfter)}, before ${formatTimestamp(authorization.validBefore)}`,
      note: `About ${formatInteger(minutes)} minutes: after that the token refuses it.`,
    },
    {
      label: "Nonce",
      value: authorization.nonce,
      note: "A random number: the token accepts each one once, so the payment cannot be replayed.",
    },
    {
      label: "Submitted by",
      value: authorization.kind === "ReceiveWithAuthorization" ? who(authorization.to) : "anyone",
      note:
        authorization.kind === "ReceiveWithAuthorization"
          ? "Only the payee can submit it, and the payee pays the gas."
          : "Whoever submits it pays the gas.",
    },
    {
      label: "Token",
      value: `${domain.name} (version ${domain.version}) at ${domain.verifyingContract}, chain ${domain.chainId}`,
      note: "The signature is only valid for this token on this chain.",
    },
  ];
}

/** What the payer hands to the payee: the authorization and its signature. */
export interface SignedAuthorization extends Authorization {
  chainId: number;
  token: Address;
  signature: Hex;
}

/** JSON for the hand-over (amounts and times as decimal strings, so no precision is lost). */
export function encodeSignedAuthorization(signed: SignedAuthorization): string {
  return JSON.stringify(
    {
      type: `wayfare/${signed.kind}`,
      chainId: signed.chainId,
      token: signed.token,
      from: signed.from,
      to: signed.to,
      value: signed.value.toString(),
      validAfter: signed.validAfter.toString(),
      validBefore: signed.validBefore.toString(),
      nonce: signed.nonce,
      signature: signed.signature,
    },
    null,
    2,
  );
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; message: string };

function decimal(value: unknown, field: string): bigint {
  if (typeof value !== "string" || !/^\d+$/.test(value))
    throw new Error(`"${field}" must be a whole number.`);
  return BigInt(value);
}

function address(value: unknown, field: string): Address {
  if (typeof value !== "string" || !isAddress(value, { strict: false }))
    throw new Error(`"${field}" must be an address.`);
  return getAddress(value);
}

function hex(value: unknown, field: string, bytes?: number): Hex {
  if (typeof value !== "string" || !isHex(value) || (bytes !== undefined && value.length !== 2 + bytes * 2)) {
    throw new Error(`"${field}" must be ${bytes ? `${bytes} bytes of ` : ""}hex.`);
  }
  return value;
}

/** Reads a pasted hand-over, with a sentence saying what is wrong with it otherwise. */
export function decodeSignedAuthorization(text: string): DecodeResult<SignedAuthorization> {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, message: "This is not a signed payment: paste the whole text the payer gave you." };
  }
  try {
    if (!raw || typeof raw !== "object") throw new Error("It is not an object.");
    const kind = String(raw.type).replace(/^wayfare\//, "");
    if (kind !== "TransferWithAuthorization" && kind !== "ReceiveWithAuthorization") {
      throw new Error(
        `"type" must be wayfare/ReceiveWithAuthorization or wayfare/TransferWithAuthorization.`,
      );
    }
    if (typeof raw.chainId !== "number" || !Number.isSafeInteger(raw.chainId)) {
      throw new Error(`"chainId" must be a number.`);
    }
    const signature = hex(raw.signature, "signature");
    if (signature.length < 2 + 65 * 2) throw new Error(`"signature" is too short to be a signature.`);
    return {
      ok: true,
      value: {
        kind,
        chainId: raw.chainId,
        token: address(raw.token, "token"),
        from: address(raw.from, "from"),
        to: address(raw.to, "to"),
        value: decimal(raw.value, "value"),
        validAfter: decimal(raw.validAfter, "validAfter"),
        validBefore: decimal(raw.validBefore, "validBefore"),
        nonce: hex(raw.nonce, "nonce", 32),
        signature,
      },
    };
  } catch (error) {
    return { ok: false, message: `This signed payment is damaged: ${(error as Error).message}` };
  }
}

/**
 * The token's refusal of an authorization, as a sentence with what to do next; undefined when the
 * error is not one of EIP-3009's.
 */
export function explainAuthorizationError(errorName: string, args: readonly unknown[]): string | undefined {
  switch (errorName) {
    case "AuthorizationExpired":
      return `The signed payment expired at ${formatTimestamp(args[0] as bigint)} and the chain's clock says ${formatTimestamp(args[1] as bigint)}: ask the payer to sign a new one.`;
    case "AuthorizationNotYetValid":
      return `The signed payment is valid only after ${formatTimestamp(args[0] as bigint)}, and the chain's clock says ${formatTimestamp(args[1] as bigint)}: wait, or ask for one valid now.`;
    case "AuthorizationAlreadyUsed":
      return `This signed payment (nonce ${shortHex(args[1] as string)}) was already used: the token accepts each one once, so it cannot be paid twice.`;
    case "AuthorizationAlreadyCanceled":
      return `The payer cancelled this signed payment (nonce ${shortHex(args[1] as string)}) before it was used: it can no longer be paid.`;
    case "InvalidAuthorizationSignature":
      return `The signature was not made by ${shortHex(args[0] as string)} for exactly these terms: it may have been altered, or signed for another token or chain.`;
    case "CallerNotPayee":
      return `Only the payee ${shortHex(args[1] as string)} can submit this payment, not ${shortHex(args[0] as string)}.`;
    default:
      return undefined;
  }
}
