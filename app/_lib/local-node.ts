// The local chain's extra controls, for the labs on chain 31337 only: the other party of a lab (a
// merchant, the sponsor, the inspector, the auction's bots and operator) acts through the node's
// unlocked Hardhat accounts, so the browser never holds their keys; time and mining are Hardhat's
// `evm_*` methods.
import { type Abi, type Address, type Hash, type PublicClient, encodeFunctionData, numberToHex } from "viem";

import type { RpcRequester } from "./gas-anatomy.ts";
import { LOCAL_CHAIN_ID } from "./network.ts";

/** Thrown when a local-only control is used on another chain. */
export class NotLocalChainError extends Error {
  constructor(chainId: number) {
    super(
      `This control only exists on the local chain (${LOCAL_CHAIN_ID}); this network is ${chainId}. On a real network, hand the signed payload to the other party instead.`,
    );
    this.name = "NotLocalChainError";
  }
}

export async function assertLocalChain(client: RpcRequester): Promise<void> {
  const chainId = Number(await client.request({ method: "eth_chainId" }));
  if (chainId !== LOCAL_CHAIN_ID) throw new NotLocalChainError(chainId);
}

export interface UnlockedTransaction {
  from: Address;
  to?: Address;
  data?: `0x${string}`;
  value?: bigint;
  gas?: bigint;
}

/** Sends a transaction that the node signs for one of its unlocked accounts; resolves to its hash. */
export async function sendAsUnlocked(client: RpcRequester, tx: UnlockedTransaction): Promise<Hash> {
  await assertLocalChain(client);
  return (await client.request({
    method: "eth_sendTransaction",
    params: [
      {
        from: tx.from,
        ...(tx.to ? { to: tx.to } : {}),
        ...(tx.data ? { data: tx.data } : {}),
        ...(tx.value !== undefined ? { value: numberToHex(tx.value) } : {}),
        ...(tx.gas !== undefined ? { gas: numberToHex(tx.gas) } : {}),
      },
    ],
  })) as Hash;
}

export interface UnlockedWrite {
  from: Address;
  address: Address;
  abi: Abi;
  functionName: string;
  args: readonly unknown[];
  value?: bigint;
}

/**
 * A contract write by an unlocked account, simulated first so a refusal comes back as the contract's
 * decoded custom error before anything is sent.
 */
export async function writeAsUnlocked(publicClient: PublicClient, write: UnlockedWrite): Promise<Hash> {
  const requester = publicClient as unknown as RpcRequester;
  await assertLocalChain(requester);
  await publicClient.simulateContract({
    account: write.from,
    address: write.address,
    abi: write.abi,
    functionName: write.functionName,
    args: write.args,
    value: write.value,
    // Judged in the next block, where it will be mined: the last one's clock may be minutes old.
    blockTag: "pending",
  });
  const data = encodeFunctionData({ abi: write.abi, functionName: write.functionName, args: write.args });
  return sendAsUnlocked(requester, { from: write.from, to: write.address, data, value: write.value });
}

/** Moves the chain's clock forward by `seconds` and mines a block at the new time. */
export async function increaseTime(client: RpcRequester, seconds: bigint): Promise<void> {
  await assertLocalChain(client);
  await client.request({ method: "evm_increaseTime", params: [numberToHex(seconds)] });
  await client.request({ method: "evm_mine", params: [] });
}

/** Mines `count` blocks (empty unless transactions are waiting). */
export async function mineBlocks(client: RpcRequester, count: number): Promise<void> {
  await assertLocalChain(client);
  for (let block = 0; block < count; block++) await client.request({ method: "evm_mine", params: [] });
}

/** Pauses or resumes automining, so several transactions can land in one block. */
export async function setAutomine(client: RpcRequester, on: boolean): Promise<void> {
  await assertLocalChain(client);
  await client.request({ method: "evm_setAutomine", params: [on] });
}

/**
 * Switches automining back on if it was left off (a race whose tab was closed mid-way); resolves to
 * whether it had to.
 */
export async function restoreStaleAutomine(client: RpcRequester): Promise<boolean> {
  await assertLocalChain(client);
  if (await client.request({ method: "hardhat_getAutomine" })) return false;
  await client.request({ method: "evm_setAutomine", params: [true] });
  return true;
}

/**
 * Switches automining back on with a request that outlives the page, for `pagehide` during a race.
 * Sent as a simple request (`text/plain`) so no CORS preflight has to complete while the page unloads.
 */
export function restoreAutomineOnLeave(rpcUrl: string): Promise<unknown> {
  return fetch(rpcUrl, {
    method: "POST",
    keepalive: true,
    headers: { "content-type": "text/plain" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "evm_setAutomine", params: [true] }),
  }).catch(() => undefined);
}
