// Wayfare's contracts as the dApp sees them: the generated bindings, looked up by chain and name,
// and decoding of calldata and logs with every ABI Wayfare knows.
import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type Address,
  type Hex,
  type Log,
  decodeEventLog,
  decodeFunctionData,
  isAddressEqual,
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

/** A readable name for an address on `chainId`: a Wayfare contract or a named local demo account. */
export function nameOf(chainId: number, address: Address | null | undefined): string | undefined {
  if (!address) return undefined;
  if (isAddressEqual(address, zeroAddress)) return "Zero address";
  const contract = contractsOn(chainId).find((candidate) => isAddressEqual(candidate.address, address));
  if (contract) return contract.name;
  if (chainId === 31337)
    return localAccounts.find((account) => isAddressEqual(account.address, address))?.name;
  return undefined;
}

/** ABIs to try for data sent to `address`: its own first, then every other Wayfare ABI. */
function candidateAbis(chainId: number, address: Address | null | undefined): { name?: string; abi: Abi }[] {
  const own = address
    ? contractsOn(chainId).find((contract) => isAddressEqual(contract.address, address))
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

/** Decodes a transaction's input with the ABI of the contract it was sent to (or any known one). */
export function decodeCall(
  chainId: number,
  to: Address | null | undefined,
  input: Hex,
): DecodedCall | undefined {
  if (!input || input === "0x" || input.length < 10) return undefined;
  for (const { abi } of candidateAbis(chainId, to)) {
    try {
      const { functionName, args } = decodeFunctionData({ abi, data: input });
      const abiItem = abi.find(
        (item): item is AbiFunction =>
          item.type === "function" &&
          item.name === functionName &&
          item.inputs.length === (args?.length ?? 0),
      );
      if (abiItem) return { functionName, abiItem, args: args ?? [] };
    } catch {
      // Not this ABI's function.
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
  if (log.topics.length === 0) return undefined;
  for (const { abi } of candidateAbis(chainId, log.address)) {
    try {
      const decoded = decodeEventLog({ abi, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
      const eventName = String(decoded.eventName);
      const abiItem = abi.find((item): item is AbiEvent => item.type === "event" && item.name === eventName);
      if (abiItem) return { eventName, abiItem, args: decoded.args as DecodedLog["args"] };
    } catch {
      // Not this ABI's event.
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
