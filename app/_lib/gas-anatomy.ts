// The anatomy of a transaction's gas: what the 21,000 intrinsic gas, the calldata, the code that ran and
// the storage it wrote each cost, what was refunded, and whether EIP-7623's calldata floor applied.
// Works from the transaction, its receipt and (when the node offers `debug_traceTransaction`) its
// opcode trace; every line comes with a sentence for people.
import { type Address, type Hex, getAddress, hexToBytes, zeroAddress } from "viem";

import { type FeeBreakdown, feeBreakdown } from "./fees.ts";
import { formatEth, formatGwei, formatInteger, shortHex } from "./format.ts";

/** Every transaction pays this before anything runs (EIP-2028 era and later). */
export const TX_BASE_GAS = 21_000n;
/** Calldata: gas per zero byte and per non-zero byte (EIP-2028). */
export const CALLDATA_ZERO_BYTE_GAS = 4n;
export const CALLDATA_NONZERO_BYTE_GAS = 16n;
/** EIP-7623 (Prague): a non-zero byte counts as 4 calldata tokens, a zero byte as 1. */
export const NONZERO_BYTE_TOKENS = 4n;
/** EIP-7623 (Prague): a transaction pays at least 21,000 + 10 gas per calldata token. */
export const FLOOR_GAS_PER_TOKEN = 10n;
/** Contract creation: the extra intrinsic gas, and EIP-3860's charge per 32-byte word of init code. */
export const CREATE_GAS = 32_000n;
export const INITCODE_WORD_GAS = 2n;
/** EIP-2930 access lists: gas per listed address and per listed storage key. */
export const ACCESS_LIST_ADDRESS_GAS = 2_400n;
export const ACCESS_LIST_STORAGE_KEY_GAS = 1_900n;
/** EIP-2929: the surcharge for the first touch of a storage slot in a transaction. */
export const COLD_SLOAD_GAS = 2_100n;
/** EIP-2200/2929 `SSTORE` costs once the slot is warm. */
export const SSTORE_SET_GAS = 20_000n;
export const SSTORE_RESET_GAS = 2_900n;
export const WARM_STORAGE_READ_GAS = 100n;
/** EIP-3529: at most a fifth of the gas used is refunded. */
export const MAX_REFUND_QUOTIENT = 5n;

export interface CalldataCost {
  zeroBytes: number;
  nonZeroBytes: number;
  /** EIP-7623 tokens: zero bytes + 4 × non-zero bytes. */
  tokens: bigint;
  /** Standard intrinsic calldata gas: 4 per zero byte + 16 per non-zero byte. */
  gas: bigint;
  /** EIP-7623's floor for the whole transaction: 21,000 + 10 × tokens. */
  floorGas: bigint;
}

export function calldataCost(data: Hex): CalldataCost {
  const bytes = hexToBytes(data);
  const zeroBytes = bytes.filter((byte) => byte === 0).length;
  const nonZeroBytes = bytes.length - zeroBytes;
  const tokens = BigInt(zeroBytes) + NONZERO_BYTE_TOKENS * BigInt(nonZeroBytes);
  return {
    zeroBytes,
    nonZeroBytes,
    tokens,
    gas: CALLDATA_ZERO_BYTE_GAS * BigInt(zeroBytes) + CALLDATA_NONZERO_BYTE_GAS * BigInt(nonZeroBytes),
    floorGas: TX_BASE_GAS + FLOOR_GAS_PER_TOKEN * tokens,
  };
}

/** One step of a `debug_traceTransaction` struct-log trace (as geth and Hardhat's EDR return it). */
export interface StructLog {
  op: string;
  /** Gas left before this step. */
  gas: number;
  gasCost: number;
  depth: number;
  /** The EVM stack, bottom first (the last element is the top). */
  stack?: string[];
  /** The refund counter before this step. */
  refund?: number;
}

export interface StructLogTrace {
  failed: boolean;
  gas: number;
  structLogs: StructLog[];
}

/**
 * Whether a block was built under Prague or later (EIP-7685's `requestsHash` appears in its header),
 * where EIP-7623's calldata floor applies.
 */
export function isPragueBlock(block: object): boolean {
  return typeof (block as { requestsHash?: unknown }).requestsHash === "string";
}

/** Anything that forwards JSON-RPC requests: a viem client, an EIP-1193 provider. */
export interface RpcRequester {
  request(args: { method: string; params?: unknown }): Promise<unknown>;
}

/**
 * `debug_traceTransaction` with the default struct logger, without memory and storage dumps (the
 * stack is kept: it names the slots). Hardhat's node and geth answer it; many public RPCs do not.
 */
export async function traceTransaction(client: RpcRequester, hash: Hex): Promise<StructLogTrace> {
  const trace = (await client.request({
    method: "debug_traceTransaction",
    params: [hash, { disableMemory: true, disableStorage: true }],
  })) as StructLogTrace;
  if (!trace || !Array.isArray(trace.structLogs)) throw new Error("The node returned no opcode trace.");
  return trace;
}

/** What happened to one storage slot in the transaction. */
export type SlotWrite =
  /** Only read. */
  | "read"
  /** Zero → non-zero: a new value in an empty slot (20,000 gas). */
  | "filled"
  /** Non-zero → another value, or cleared to zero (2,900 gas). */
  | "changed"
  /** Written to its own value, or written again after a first write (100 gas). */
  | "rewritten";

export interface StorageAccess {
  /** The contract whose storage it is; null when it was created in this transaction by `CREATE`. */
  address: Address | null;
  slot: Hex;
  /** Whether the first touch paid EIP-2929's cold surcharge (not in the access list). */
  cold: boolean;
  /** Gas of its `SLOAD`s, cold surcharge included when a read came first. */
  readGas: bigint;
  /** Gas of its `SSTORE`s, cold surcharge included when a write came first. */
  writeGas: bigint;
  /** The first write's kind (the costly one). */
  write: SlotWrite;
  /** Refund counter change from its writes (e.g. +4,800 for clearing a slot). */
  refund: bigint;
}

export interface ExecutionSummary {
  /** Gas the code consumed (everything after the intrinsic gas), before refunds. */
  executionGas: bigint;
  /** The refund counter at the end (before the one-fifth cap). */
  refundCounter: bigint;
  /** Storage slots the transaction touched, in order of first touch. */
  storage: StorageAccess[];
  /** Sum of `readGas + writeGas` over `storage`. */
  storageGas: bigint;
  failed: boolean;
}

const CALL_OPS = new Set(["CALL", "STATICCALL"]);
/** Ops that run other code in the caller's own storage. */
const SAME_STORAGE_CALL_OPS = new Set(["DELEGATECALL", "CALLCODE"]);
const CREATE_OPS = new Set(["CREATE", "CREATE2"]);
/** `SSTORE` costs that include the cold surcharge (the slot's first touch in the transaction). */
const COLD_SSTORE_COSTS = new Set(
  [SSTORE_SET_GAS, SSTORE_RESET_GAS, WARM_STORAGE_READ_GAS].map((warm) => warm + COLD_SLOAD_GAS),
);

interface CreateFrame {
  id: number;
  accesses: StorageAccess[];
}

function stackItem(step: StructLog, fromTop: number): string {
  const stack = step.stack ?? [];
  const item = stack[stack.length - 1 - fromTop];
  if (item === undefined)
    throw new Error(`The trace's ${step.op} step has no stack: trace with the stack on.`);
  return item;
}

function toSlot(word: string): Hex {
  return `0x${BigInt(word).toString(16).padStart(64, "0")}`;
}

function toAddress(word: string): Address {
  return getAddress(`0x${BigInt(word).toString(16).padStart(40, "0").slice(-40)}`);
}

function writeKind(warmCost: bigint): SlotWrite {
  if (warmCost === SSTORE_SET_GAS) return "filled";
  if (warmCost === SSTORE_RESET_GAS) return "changed";
  return "rewritten";
}

/**
 * Reads a struct-log trace: the execution gas, the final refund counter, and every storage slot
 * touched, with whose storage it is (calls are followed; `DELEGATECALL` keeps the caller's storage).
 *
 * @param contractAddress The storage the transaction starts in: its `to`, or the created contract.
 */
export function summarizeTrace(trace: StructLogTrace, contractAddress: Address | null): ExecutionSummary {
  const logs = trace.structLogs;
  if (logs.length === 0) {
    // No code ran (a plain payment to an account without code).
    return { executionGas: 0n, refundCounter: 0n, storage: [], storageGas: 0n, failed: trace.failed };
  }
  // Whose storage each call depth runs in: an address, or a contract still being created (its
  // address is known only when its frame returns).
  const contexts: (Address | CreateFrame | null)[] = [contractAddress];
  const slots = new Map<string, StorageAccess>();
  let creates = 0;

  logs.forEach((step, index) => {
    const next = logs[index + 1];
    const context = contexts[step.depth - 1] ?? null;
    if (step.op === "SLOAD" || step.op === "SSTORE") {
      const slot = toSlot(stackItem(step, 0));
      const owner = typeof context === "object" && context !== null ? `create#${context.id}` : context;
      const key = `${owner}:${slot}`;
      const cost = BigInt(step.gasCost);
      let access = slots.get(key);
      const first = access === undefined;
      if (!access) {
        const address = typeof context === "string" ? context : null;
        access = { address, slot, cold: false, readGas: 0n, writeGas: 0n, write: "read", refund: 0n };
        slots.set(key, access);
        if (typeof context === "object" && context !== null) context.accesses.push(access);
      }
      if (step.op === "SLOAD") {
        if (first) access.cold = cost === COLD_SLOAD_GAS;
        access.readGas += cost;
      } else {
        const cold = COLD_SSTORE_COSTS.has(cost);
        if (first) access.cold = cold;
        if (access.write === "read") access.write = writeKind(cold ? cost - COLD_SLOAD_GAS : cost);
        access.writeGas += cost;
        if (next) access.refund += BigInt((next.refund ?? 0) - (step.refund ?? 0));
      }
    }
    if (next && next.depth === step.depth + 1) {
      if (CALL_OPS.has(step.op)) contexts[step.depth] = toAddress(stackItem(step, 1));
      else if (SAME_STORAGE_CALL_OPS.has(step.op)) contexts[step.depth] = context;
      else if (CREATE_OPS.has(step.op)) contexts[step.depth] = { id: ++creates, accesses: [] };
    }
    if (next && next.depth < step.depth && typeof context === "object" && context !== null) {
      // Back in the creator: the new contract's address (zero if creation failed) is on its stack.
      const created = next.stack?.length ? toAddress(stackItem(next, 0)) : zeroAddress;
      for (const access of context.accesses) access.address = created === zeroAddress ? null : created;
    }
  });

  const first = logs[0];
  const last = logs[logs.length - 1];
  // An exceptional halt (not REVERT) of the top frame consumes all of its gas.
  const gasLeft = trace.failed && last.op !== "REVERT" ? 0 : last.gas - last.gasCost;
  const storage = [...slots.values()];
  return {
    executionGas: BigInt(first.gas - gasLeft),
    // A failed transaction gets no refund: its state changes, and the refund with them, are undone.
    refundCounter: trace.failed ? 0n : BigInt(last.refund ?? 0),
    storage,
    storageGas: storage.reduce((sum, access) => sum + access.readGas + access.writeGas, 0n),
    failed: trace.failed,
  };
}

export type GasLineKey =
  "intrinsic" | "calldata" | "create" | "access-list" | "storage" | "execution" | "refund" | "floor";

export interface GasLine {
  key: GasLineKey;
  label: string;
  /** Gas this line adds (negative for the refund). */
  gas: bigint;
  /** What it is, in plain words, with this transaction's numbers. */
  explanation: string;
  /** One sentence per item it adds up (e.g. per storage slot). */
  items?: string[];
}

export interface AccessListEntry {
  address: Address;
  storageKeys: readonly Hex[];
}

export interface GasAnatomyInput {
  /** The transaction's calldata (or init code when `to` is null). */
  input: Hex;
  to: Address | null;
  accessList?: readonly AccessListEntry[];
  /** From the receipt. */
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  /** The block's base fee (null before London). */
  baseFeePerGas: bigint | null;
  /** Whether the chain runs Prague or later, where EIP-7623's calldata floor applies. */
  prague: boolean;
  /** The opcode trace's summary, when the node could trace the transaction. */
  execution?: ExecutionSummary;
  /** Names storage slots for people, e.g. "TRIP balance of Hotel". */
  nameSlot?: (access: StorageAccess) => string | undefined;
}

export interface NamedStorageAccess extends StorageAccess {
  /** The slot's name for people, when the namer knows it. */
  name?: string;
}

export interface GasAnatomy {
  lines: GasLine[];
  /** The slots touched, named, when the transaction was traced. */
  storage: NamedStorageAccess[];
  calldata: CalldataCost;
  /** Intrinsic gas as charged up front: 21,000 + calldata (+ creation, access list). */
  intrinsicGas: bigint;
  /** The EIP-7623 floor, when the chain applies it. */
  floorGas: bigint | null;
  floorApplied: boolean;
  /** The sum of the lines; equals `gasUsed` unless the trace and the receipt disagree. */
  totalGas: bigint;
  gasUsed: bigint;
  consistent: boolean;
  fee: FeeBreakdown;
}

function words(bytes: number): bigint {
  return BigInt(Math.ceil(bytes / 32));
}

function plural(count: number | bigint, one: string, many = `${one}s`): string {
  return `${formatInteger(count)} ${BigInt(count) === 1n ? one : many}`;
}

const WRITE_WORDS: Record<SlotWrite, string> = {
  read: "read only",
  filled: "empty → set: 20,000 to fill an empty slot",
  changed: "changed: 2,900 to overwrite a stored value",
  rewritten: "rewritten: 100, the value was already written in this transaction or unchanged",
};

/** One line per storage slot, e.g. "TRIP balance of Hotel: 22,100 gas (first touch 2,100 + …)". */
function describeStorageAccess(access: StorageAccess, name?: string): string {
  const what =
    name ??
    `slot ${shortHex(access.slot, 4)} of ${access.address ? shortHex(access.address) : "a new contract"}`;
  const parts = [
    access.cold ? `first touch ${formatInteger(COLD_SLOAD_GAS)} (cold, EIP-2929)` : "already warm",
    WRITE_WORDS[access.write],
  ];
  if (access.refund !== 0n)
    parts.push(`refund counter ${access.refund > 0n ? "+" : ""}${formatInteger(access.refund)}`);
  return `${what}: ${formatInteger(access.readGas + access.writeGas)} gas (${parts.join("; ")})`;
}

/** Takes a mined transaction's gas apart, line by line, and splits its fee into burn and tip. */
export function gasAnatomy(tx: GasAnatomyInput): GasAnatomy {
  const calldata = calldataCost(tx.input);
  const creating = tx.to === null;
  const createGas = creating ? CREATE_GAS + INITCODE_WORD_GAS * words(hexToBytes(tx.input).length) : 0n;
  const accessList = tx.accessList ?? [];
  const listedKeys = accessList.reduce((sum, entry) => sum + entry.storageKeys.length, 0);
  const accessListGas =
    ACCESS_LIST_ADDRESS_GAS * BigInt(accessList.length) + ACCESS_LIST_STORAGE_KEY_GAS * BigInt(listedKeys);
  const intrinsicGas = TX_BASE_GAS + calldata.gas + createGas + accessListGas;
  const floorGas = tx.prague ? calldata.floorGas : null;

  const lines: GasLine[] = [
    {
      key: "intrinsic",
      label: "Intrinsic",
      gas: TX_BASE_GAS,
      explanation:
        "Every transaction pays 21,000 gas just to exist: checking its signature and nonce and moving ETH between accounts.",
    },
    {
      key: "calldata",
      label: "Calldata",
      gas: calldata.gas,
      explanation:
        calldata.zeroBytes + calldata.nonZeroBytes === 0
          ? "No data was sent with it, so nothing to pay for data."
          : `The data sent with it: ${plural(calldata.zeroBytes, "zero byte")} × 4 + ${plural(calldata.nonZeroBytes, "non-zero byte")} × 16. Every node stores it forever, and zeros compress well.`,
    },
  ];
  if (creating) {
    lines.push({
      key: "create",
      label: "Contract creation",
      gas: createGas,
      explanation: `Deploying a contract costs 32,000 more, plus 2 gas for each of its ${formatInteger(words(hexToBytes(tx.input).length))} 32-byte words of init code.`,
    });
  }
  if (accessList.length > 0) {
    lines.push({
      key: "access-list",
      label: "Access list",
      gas: accessListGas,
      explanation: `It declared ${plural(accessList.length, "address", "addresses")} (2,400 each) and ${plural(listedKeys, "storage key")} (1,900 each) in advance, so touching them later is cheaper.`,
    });
  }

  let totalGas: bigint;
  let floorApplied = false;
  const execution = tx.execution;
  if (execution) {
    const otherGas = execution.executionGas - execution.storageGas;
    const written = execution.storage.filter((access) => access.write !== "read").length;
    lines.push({
      key: "storage",
      label: "Storage",
      gas: execution.storageGas,
      explanation:
        execution.storage.length === 0
          ? "It read and wrote no contract storage."
          : `${plural(execution.storage.length, "storage slot")} touched, ${formatInteger(written)} written: storage is what every node keeps forever, so it is the costliest part.`,
      items: execution.storage.map((access) => describeStorageAccess(access, tx.nameSlot?.(access))),
    });
    lines.push({
      key: "execution",
      label: "Execution",
      gas: otherGas,
      explanation:
        execution.executionGas === 0n
          ? "No code ran: the recipient is not a contract."
          : `Running the contract's code apart from storage: arithmetic, memory, calls between contracts and event logs${execution.failed ? " (it failed, and the gas it burned is not given back)" : ""}.`,
    });
    const beforeRefund = intrinsicGas + execution.executionGas;
    const refundCap = beforeRefund / MAX_REFUND_QUOTIENT;
    const refund = execution.refundCounter < refundCap ? execution.refundCounter : refundCap;
    if (refund > 0n) {
      lines.push({
        key: "refund",
        label: "Refund",
        gas: -refund,
        explanation: `Clearing storage earns gas back: ${formatInteger(execution.refundCounter)} was earned${refund < execution.refundCounter ? `, capped at a fifth of the gas used (${formatInteger(refundCap)})` : ""}.`,
      });
    }
    const afterRefund = beforeRefund - refund;
    totalGas = afterRefund;
    if (floorGas !== null && floorGas > afterRefund) {
      floorApplied = true;
      lines.push(floorLine(floorGas, afterRefund, calldata));
      totalGas = floorGas;
    }
  } else {
    // Without a trace, the receipt only tells execution, storage and refunds together.
    if (floorGas !== null && tx.gasUsed === floorGas && floorGas > intrinsicGas) {
      floorApplied = true;
      lines.push(floorLine(floorGas, intrinsicGas, calldata));
    } else {
      lines.push({
        key: "execution",
        label: "Execution and storage",
        gas: tx.gasUsed - intrinsicGas,
        explanation:
          "Running the code, reading and writing storage, less any refund. This node cannot trace the transaction to split it further.",
      });
    }
    totalGas = lines.reduce((sum, line) => sum + line.gas, 0n);
  }

  return {
    lines,
    storage: (execution?.storage ?? []).map((access) => ({ ...access, name: tx.nameSlot?.(access) })),
    calldata,
    intrinsicGas,
    floorGas,
    floorApplied,
    totalGas,
    gasUsed: tx.gasUsed,
    consistent: totalGas === tx.gasUsed,
    fee: feeBreakdown(tx),
  };
}

function floorLine(floorGas: bigint, standardGas: bigint, calldata: CalldataCost): GasLine {
  return {
    key: "floor",
    label: "Calldata floor (EIP-7623)",
    gas: floorGas - standardGas,
    explanation: `Since Prague a transaction pays at least 21,000 + 10 gas per calldata token (${formatInteger(calldata.tokens)} tokens: zero bytes count 1, non-zero bytes 4), so ${formatInteger(floorGas)} in all: mostly data and little computation pays this top-up.`,
  };
}

export interface FeeLine {
  label: string;
  amount: string;
  explanation: string;
}

/** The fee in plain words: gas used × effective gas price, and who got it (burned base fee, tip). */
export function feeLines(input: {
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  baseFeePerGas: bigint | null;
}): FeeLine[] {
  const fee = feeBreakdown(input);
  const baseFee = input.baseFeePerGas ?? 0n;
  return [
    {
      label: "Fee",
      amount: formatEth(fee.fee, 8),
      explanation: `${formatInteger(input.gasUsed)} gas used × ${formatGwei(input.effectiveGasPrice)} effective gas price.`,
    },
    {
      label: "Burned (base fee)",
      amount: formatEth(fee.burned, 8),
      explanation: `${formatInteger(input.gasUsed)} gas × the block's base fee of ${formatGwei(baseFee)}: destroyed by the protocol, paid to no one.`,
    },
    {
      label: "Tip (priority fee)",
      amount: formatEth(fee.tip, 8),
      explanation: `${formatInteger(input.gasUsed)} gas × ${formatGwei(fee.tipPerGas)} over the base fee: paid to the block's builder, who orders transactions by it.`,
    },
  ];
}
