// Turns whatever a wallet, the node or a contract threw into one sentence that says what happened
// and what to do next. Contract reverts are decoded into the custom error's name and values.
import { type AbiParameter, BaseError, type ContractFunctionRevertedError } from "viem";

import { formatInteger, shortHex } from "./format.ts";

export type ErrorKind =
  | "rejected"
  | "reverted"
  | "insufficient-funds"
  | "node-down"
  | "wrong-network"
  | "not-connected"
  | "not-deployed"
  | "nonce"
  | "unknown";

export interface ExplainedError {
  kind: ErrorKind;
  /** One or two sentences for people: what happened, what to do. */
  message: string;
  /** The decoded custom error, e.g. `ERC20InsufficientBalance(sender, balance, needed)`, when there is one. */
  errorName?: string;
}

/** An error whose message is already written for people (e.g. "Connect a wallet first"). */
export class UserFacingError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

interface Context {
  contractName?: string;
  functionName?: string;
}

/** `ERC20InsufficientBalance` → "ERC20 insufficient balance". */
export function humanizeIdentifier(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(" ");
  return words
    .map((word, index) => (index === 0 || /^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(" ");
}

/** A decoded argument as people read it: grouped integers, shortened hex. */
export function formatArgument(value: unknown): string {
  if (typeof value === "bigint" || typeof value === "number") return formatInteger(value);
  if (typeof value === "string")
    return /^0x[0-9a-fA-F]{40,}$/.test(value) ? shortHex(value, 6) : JSON.stringify(value);
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(formatArgument).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}: ${formatArgument(item)}`)
      .join(", ")}}`;
  }
  return String(value);
}

/** Sentence for a decoded custom error: "ERC20 insufficient balance (sender 0x…, balance 0, needed 5)". */
export function describeCustomError(
  errorName: string,
  inputs: readonly AbiParameter[] | undefined,
  args: readonly unknown[] | undefined,
): string {
  const values = (args ?? []).map(
    (arg, index) => `${inputs?.[index]?.name || `#${index + 1}`} ${formatArgument(arg)}`,
  );
  return `${humanizeIdentifier(errorName)}${values.length ? ` (${values.join(", ")})` : ""}`;
}

function isError(error: unknown, predicate: (error: Error & { code?: unknown }) => boolean): boolean {
  if (error instanceof BaseError)
    return Boolean(error.walk((cause) => cause instanceof Error && predicate(cause)));
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 10; depth++) {
    if (predicate(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The contract revert inside `error` (a viem error chain), if there is one. */
export function findRevert(error: unknown): ContractFunctionRevertedError | undefined {
  if (!(error instanceof BaseError)) return undefined;
  const found = error.walk(
    (cause) => cause instanceof Error && cause.name === "ContractFunctionRevertedError",
  );
  return (found ?? undefined) as ContractFunctionRevertedError | undefined;
}

function textOf(error: unknown): string {
  if (error instanceof BaseError) return `${error.shortMessage} ${error.details ?? ""}`;
  return error instanceof Error ? error.message : String(error);
}

export function explainError(error: unknown, context: Context = {}): ExplainedError {
  const who = context.contractName ?? "The contract";
  const what = context.functionName ? `${context.functionName}()` : "the call";

  if (error instanceof UserFacingError) return { kind: error.kind, message: error.message };
  if (isError(error, (e) => e.name === "UserRejectedRequestError" || e.code === 4001)) {
    return {
      kind: "rejected",
      message: "You rejected the request in your wallet. Nothing was sent; try again when ready.",
    };
  }
  const revert = findRevert(error);
  if (revert) {
    const data = revert.data;
    if (data && data.errorName !== "Error" && data.errorName !== "Panic") {
      const inputs = data.abiItem && "inputs" in data.abiItem ? data.abiItem.inputs : undefined;
      return {
        kind: "reverted",
        errorName: data.errorName,
        message: `${who} refused ${what}: ${describeCustomError(data.errorName, inputs, data.args)}.`,
      };
    }
    if (revert.reason) return { kind: "reverted", message: `${who} refused ${what}: ${revert.reason}.` };
    if (revert.signature) {
      return {
        kind: "reverted",
        message: `${who} refused ${what} with an error (${revert.signature}) that none of Wayfare's contracts declare.`,
      };
    }
    return { kind: "reverted", message: `${who} refused ${what} without saying why.` };
  }
  if (
    isError(error, (e) => e.name === "InsufficientFundsError") ||
    /insufficient funds/i.test(textOf(error))
  ) {
    return {
      kind: "insufficient-funds",
      message:
        "Your account does not have enough ETH for this amount plus the gas fee. Lower the amount, or top up the account (on the local chain: the faucet).",
    };
  }
  if (isError(error, (e) => e.name === "NonceTooHighError") || /nonce too high/i.test(textOf(error))) {
    return {
      kind: "nonce",
      message:
        "Your wallet's transaction count is ahead of the chain, which happens after the local node restarts. In MetaMask: Settings → Advanced → Clear activity tab data, then try again.",
    };
  }
  if (
    isError(
      error,
      (e) =>
        e.name === "ChainMismatchError" ||
        e.name === "ConnectorChainMismatchError" ||
        e.name === "ChainNotConfiguredError",
    )
  ) {
    return {
      kind: "wrong-network",
      message: "Your wallet is on another network: switch it to this dApp's network and try again.",
    };
  }
  if (
    isError(
      error,
      (e) =>
        e.name === "ConnectorNotConnectedError" ||
        e.name === "ConnectorAccountNotFoundError" ||
        e.name === "ProviderNotFoundError",
    )
  ) {
    return {
      kind: "not-connected",
      message: "No wallet is connected: connect one (or the dev wallet on the local chain) and try again.",
    };
  }
  if (
    isError(error, (e) => e.name === "HttpRequestError" || e.name === "TimeoutError") ||
    /failed to fetch|fetch failed|ECONNREFUSED|NetworkError/i.test(textOf(error))
  ) {
    return {
      kind: "node-down",
      message: "The chain's node does not answer. Check that it is running (npm start), then try again.",
    };
  }
  const short =
    error instanceof BaseError ? error.shortMessage : error instanceof Error ? error.message : String(error);
  return { kind: "unknown", message: `Something went wrong: ${short.replace(/\.$/, "")}.` };
}
