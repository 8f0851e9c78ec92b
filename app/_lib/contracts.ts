// Wayfare's contracts as the dApp sees them: the generated bindings, looked up by chain and name,
// and decoding of calldata and logs with every ABI Wayfare knows.
import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type Address,
  type Hex,
  type Log,
  decodeAbiParameters,
  decodeEventLog,
  toEventSelector,
  toFunctionSelector,
  zeroAddress,
} from "viem";

import { abis, deployments, localAccounts } from "../_generated/contracts.ts";

export type ContractName = keyof typeof abis;

export interface DeployedContract {
  name: string;
  address: Address;
  abi: Abi;
}

type DeploymentTable = Readonly<Record<number, Readonly<Record<string, { address: Address; abi: Abi }>>>>;

/** Every contract deployed on `chainId`, in name order (empty when Wayfare is not deployed there). */
export function contractsOn(chainId: number): DeployedContract[] {
  const table = (deployments as DeploymentTable)[chainId] ?? {};
  return Object.entries(table).map(([name, { address, abi }]) => ({ name, address, abi }));
}

export function contractOn(chainId: number, name: string): DeployedContract | undefined {
  return contractsOn(chainId).find((contract) => contract.name === name);
}

/** The ABI of a Wayfare contract by name, whether or not it is deployed anywhere. */
export function abiOf<Name extends ContractName>(name: Name): (typeof abis)[Name] {
  return abis[name];
}

/**
 * Whether two addresses are the same, whatever their letter case. viem's `isAddressEqual` checksums
 * both (a Keccak-256 each), and these comparisons run for every row of a list of transactions.
 */
function sameAddress(a: Address, b: Address): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A readable name for an address on `chainId`: a Wayfare contract or a named local demo account. */
export function nameOf(chainId: number, address: Address | null | undefined): string | undefined {
  if (!address) return undefined;
  if (sameAddress(address, zeroAddress)) return "Zero address";
  const contract = contractsOn(chainId).find((candidate) => sameAddress(candidate.address, address));
  if (contract) return contract.name;
  if (chainId === 31337) return localAccounts.find((account) => sameAddress(account.address, address))?.name;
  return undefined;
}

/** ABIs to try for data sent to `address`: its own first, then every other Wayfare ABI. */
function candidateAbis(chainId: number, address: Address | null | undefined): { name?: string; abi: Abi }[] {
  const own = address
    ? contractsOn(chainId).find((contract) => sameAddress(contract.address, address))
    : undefined;
  const others = Object.entries(abis as Record<string, Abi>)
    .filter(([name]) => name !== own?.name)
    .map(([, abi]) => ({ abi }));
  return own ? [{ name: own.name, abi: own.abi }, ...others] : others;
}

export interface DecodedCall {
  functionName: string;
  abiItem: AbiFunction;
  args: readonly unknown[];
}

// Each ABI's functions and events by selector, computed once: viem's decoders hash every item's
// signature on every call, which adds up over a list of transactions and their logs.
const functionsBySelector = new WeakMap<Abi, Map<Hex, AbiFunction>>();
const eventsBySelector = new WeakMap<Abi, Map<Hex, AbiEvent>>();

function indexed<Item>(
  cache: WeakMap<Abi, Map<Hex, Item>>,
  abi: Abi,
  pick: (item: Abi[number]) => item is Abi[number] & Item,
  selectorOf: (item: Item) => Hex,
): Map<Hex, Item> {
  let index = cache.get(abi);
  if (!index) {
    index = new Map(abi.filter(pick).map((item) => [selectorOf(item), item] as const));
    cache.set(abi, index);
  }
  return index;
}

const isFunction = (item: Abi[number]): item is AbiFunction => item.type === "function";
const isEvent = (item: Abi[number]): item is AbiEvent => item.type === "event";

/** Decodes a transaction's input with the ABI of the contract it was sent to (or any known one). */
export function decodeCall(
  chainId: number,
  to: Address | null | undefined,
  input: Hex,
): DecodedCall | undefined {
  if (!input || input === "0x" || input.length < 10) return undefined;
  const selector = input.slice(0, 10).toLowerCase() as Hex;
  for (const { abi } of candidateAbis(chainId, to)) {
    const abiItem = indexed(functionsBySelector, abi, isFunction, toFunctionSelector).get(selector);
    if (!abiItem) continue;
    try {
      const args = decodeAbiParameters(abiItem.inputs, `0x${input.slice(10)}`);
      return { functionName: abiItem.name, abiItem, args };
    } catch {
      // Same selector, other parameters: not this ABI's function.
    }
  }
  return undefined;
}

export interface DecodedLog {
  eventName: string;
  abiItem: AbiEvent;
  args: Record<string, unknown> | readonly unknown[];
}

/** Decodes a log with the ABI of the contract that emitted it (or any known one). */
export function decodeLog(
  chainId: number,
  log: Pick<Log, "address" | "data" | "topics">,
): DecodedLog | undefined {
  const [topic, ...rest] = log.topics;
  if (!topic) return undefined;
  for (const { abi } of candidateAbis(chainId, log.address)) {
    const abiItem = indexed(eventsBySelector, abi, isEvent, toEventSelector).get(topic.toLowerCase() as Hex);
    if (!abiItem) continue;
    try {
      const decoded = decodeEventLog({ abi: [abiItem], data: log.data, topics: [topic, ...rest] });
      return { eventName: abiItem.name, abiItem, args: decoded.args as DecodedLog["args"] };
    } catch {
      // Same signature, other indexed parameters: not this ABI's event.
    }
  }
  return undefined;
}

/**
 * `abi` plus every custom error the other Wayfare contracts declare: a call into one contract can
 * revert inside another (the desk burning TRIP reverts in TripToken), and the error should still
 * decode by name.
 */
export function withKnownErrors(abi: Abi): Abi {
  type AbiError = Extract<Abi[number], { type: "error" }>;
  const signatureOf = (item: AbiError) => `${item.name}(${item.inputs.map((input) => input.type).join(",")})`;
  const known = new Set(abi.filter((item): item is AbiError => item.type === "error").map(signatureOf));
  const extra: AbiError[] = [];
  for (const other of Object.values(abis as Record<string, Abi>)) {
    for (const item of other) {
      if (item.type !== "error") continue;
      const signature = signatureOf(item);
      if (known.has(signature)) continue;
      known.add(signature);
      extra.push(item);
    }
  }
  return [...abi, ...extra];
}

/** Read and write functions of an ABI, alphabetically (overloads side by side). */
export function splitFunctions(abi: Abi): { reads: AbiFunction[]; writes: AbiFunction[] } {
  const functions = abi
    .filter((item): item is AbiFunction => item.type === "function")
    .sort((a, b) => a.name.localeCompare(b.name) || a.inputs.length - b.inputs.length);
  return {
    reads: functions.filter((fn) => fn.stateMutability === "view" || fn.stateMutability === "pure"),
    writes: functions.filter((fn) => fn.stateMutability === "nonpayable" || fn.stateMutability === "payable"),
  };
}
