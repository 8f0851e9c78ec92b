// The EVM floor of an operation: the least gas any implementation could pay for the same outcome.
// It counts only what the protocol charges for the transaction itself and for the state the
// operation must change: the intrinsic cost, the calldata, the storage writes (with their cold
// access surcharge), the events the standard requires, unavoidable calls and signature checks.
// Code execution (dispatch, ABI decoding, checks, hashing) is left out, so real contracts always
// sit a little above it. Costs are those of the chain the benchmark runs (EDR's default hardfork,
// Osaka; the storage and call prices have not changed since Berlin/London, calldata since Prague).
import { type AbiEvent, type Hex, hexToBytes } from "viem";

/** Gas schedule (Yellow Paper names in comments). */
export const GAS = {
  /** G_transaction: every transaction. */
  tx: 21_000,
  /** G_txdatazero / G_txdatanonzero: per calldata byte. */
  calldataZero: 4,
  calldataNonZero: 16,
  /** EIP-7623 (Prague): calldata "tokens" are zero bytes + 4 × non-zero bytes; a transaction pays at
   * least 10 gas per token on top of the 21,000, whatever its execution cost. */
  floorPerToken: 10,
  /** EIP-2929: first touch of a storage slot in the transaction. */
  coldSload: 2_100,
  warmAccess: 100,
  /** EIP-2929: first touch of another account (CALL, EXTCODESIZE, ...). */
  coldAccount: 2_600,
  /** EIP-2200/3529: SSTORE of a slot whose value at the start of the transaction was zero. */
  sstoreSet: 20_000,
  /** EIP-2200/3529: SSTORE of a slot that was non-zero at the start of the transaction (5,000 − 2,100). */
  sstoreReset: 2_900,
  /** EIP-3529: refund for clearing a slot that was non-zero at the start of the transaction. */
  clearRefund: 4_800,
  /** EIP-3529: refunds are capped at a fifth of the gas used. */
  maxRefundQuotient: 5,
  /** CALL with value (G_callvalue) minus the 2,300 stipend the callee receives and returns unused. */
  callValueNet: 9_000 - 2_300,
  /** The ecrecover precompile (a signature check that any EOA signature needs). */
  ecrecover: 3_000,
  /** LOG: 375 per log, 375 per topic, 8 per byte of data. */
  log: 375,
  logTopic: 375,
  logByte: 8,
} as const;

/** One unavoidable cost in a floor, with the reason it cannot be avoided. */
export interface FloorPart {
  what: string;
  gas: number;
  refund?: number;
}

export interface Floor {
  gas: number;
  /** Intrinsic 21,000 + calldata (standard pricing). */
  intrinsic: number;
  /** Whether EIP-7623's calldata floor, not the execution, sets the total. */
  calldataFloorApplies: boolean;
  parts: FloorPart[];
}

/** Storage writes, priced as the first access to the slot in the transaction (cold). */
export const sstore = {
  /** A slot that was zero: 2,100 cold + 20,000 = 22,100. */
  set: (what: string): FloorPart => ({ what: `${what} (0 → x, cold)`, gas: GAS.coldSload + GAS.sstoreSet }),
  /** A slot that was non-zero: 2,100 cold + 2,900 = 5,000. */
  update: (what: string): FloorPart => ({
    what: `${what} (x → y, cold)`,
    gas: GAS.coldSload + GAS.sstoreReset,
  }),
  /** A non-zero slot set to zero: 5,000, with a 4,800 refund. */
  clear: (what: string): FloorPart => ({
    what: `${what} (x → 0, cold, refunded)`,
    gas: GAS.coldSload + GAS.sstoreReset,
    refund: GAS.clearRefund,
  }),
  /** A slot set earlier in the same transaction from zero, now back to zero: 100, refund 19,900. */
  restoreZero: (what: string): FloorPart => ({
    what: `${what} (back to 0 in the same transaction, refunded)`,
    gas: GAS.warmAccess,
    refund: GAS.sstoreSet - GAS.warmAccess,
  }),
};

/** A cold storage read the operation must make to decide (e.g. a role check). */
export const coldRead = (what: string): FloorPart => ({ what: `${what} (cold read)`, gas: GAS.coldSload });

/** A call to another contract the operation is about (e.g. the ERC-1363 receiver): cold account. */
export const coldCall = (what: string): FloorPart => ({
  what: `call ${what} (cold account)`,
  gas: GAS.coldAccount,
});

export const ecrecover = (what: string): FloorPart => ({ what: `${what}: ecrecover`, gas: GAS.ecrecover });

export const ethPayout = (what: string): FloorPart => ({
  what: `${what}: CALL with value to a warm account`,
  gas: GAS.warmAccess + GAS.callValueNet,
});

/** An event with `topics` topics (the signature counts as one) and `dataBytes` bytes of data. */
export function log(what: string, topics: number, dataBytes: number): FloorPart {
  return { what: `${what} event`, gas: GAS.log + GAS.logTopic * topics + GAS.logByte * dataBytes };
}

/** The LOG cost of an event as declared in an ABI (static types only: 32 bytes per data word). */
export function logOf(event: AbiEvent): FloorPart {
  const indexed = event.inputs.filter((input) => input.indexed).length;
  const data = event.inputs.length - indexed;
  return log(event.name, (event.anonymous ? 0 : 1) + indexed, 32 * data);
}

/** Well-known events of the standards the operations implement. */
export const events = {
  /** ERC-20 Transfer(address indexed, address indexed, uint256): 3 topics, 32 bytes. */
  erc20Transfer: log("ERC-20 Transfer", 3, 32),
  /** ERC-20 Approval(address indexed, address indexed, uint256). */
  approval: log("ERC-20 Approval", 3, 32),
  /** ERC-721 Transfer(address indexed, address indexed, uint256 indexed): 4 topics, no data. */
  erc721Transfer: log("ERC-721 Transfer", 4, 0),
  /** ERC-4626 Deposit(address indexed sender, address indexed owner, uint256 assets, uint256 shares). */
  deposit: log("ERC-4626 Deposit", 3, 64),
  /** ERC-4626 Withdraw(sender, receiver, owner indexed; assets, shares). */
  withdraw: log("ERC-4626 Withdraw", 4, 64),
};

/** Intrinsic gas and EIP-7623 tokens of `calldata`. */
export function calldataCost(calldata: Hex): { standard: number; tokens: number } {
  let zero = 0;
  let nonZero = 0;
  for (const byte of hexToBytes(calldata)) {
    if (byte === 0) zero += 1;
    else nonZero += 1;
  }
  return {
    standard: GAS.calldataZero * zero + GAS.calldataNonZero * nonZero,
    tokens: zero + 4 * nonZero,
  };
}

/**
 * The whole-transaction floor for a call with `calldata` whose unavoidable work is `parts`:
 * max(21,000 + calldata + work − capped refunds, 21,000 + 10 × calldata tokens).
 */
export function floorOf(calldata: Hex, parts: FloorPart[]): Floor {
  const { standard, tokens } = calldataCost(calldata);
  const intrinsic = GAS.tx + standard;
  const work = parts.reduce((sum, part) => sum + part.gas, 0);
  const refund = parts.reduce((sum, part) => sum + (part.refund ?? 0), 0);
  const beforeRefund = intrinsic + work;
  const regular = beforeRefund - Math.min(refund, Math.floor(beforeRefund / GAS.maxRefundQuotient));
  const calldataFloor = GAS.tx + GAS.floorPerToken * tokens;
  return {
    gas: Math.max(regular, calldataFloor),
    intrinsic,
    calldataFloorApplies: calldataFloor > regular,
    parts,
  };
}
