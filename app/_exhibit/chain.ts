import { type Hex, zeroHash } from "viem";

import { keccakText, meetsDifficulty, mineChunk, miningPreimage } from "./hashing.ts";

/**
 * A toy blockchain for the "tampered chain" demo. Each block records the hash of the block before it
 * (`prev`) and a nonce; its own hash is always computed from its contents, as a verifier would.
 */
export interface Block {
  height: number;
  data: string;
  /** The previous block's hash, as recorded when this block was mined (zero for the first block). */
  prev: Hex;
  nonce: number;
}

/** What a verifier finds when it checks one block. */
export interface BlockCheck {
  /** Keccak-256 of the block's contents, computed now. */
  hash: Hex;
  /** The hash meets the chain's difficulty: someone did the work for exactly these contents. */
  workOk: boolean;
  /** The recorded `prev` equals the previous block's hash (the first block must record zero). */
  linkOk: boolean;
  /** This block and every block before it pass both checks. */
  verified: boolean;
}

/** The contents a block's hash commits to, without the nonce: height, previous hash, data. */
export function blockPrefix(block: Omit<Block, "nonce">): string {
  return `${block.height}|${block.prev}|${block.data}|`;
}

export function blockHash(block: Block): Hex {
  return keccakText(miningPreimage(blockPrefix(block), block.nonce));
}

/** Checks every block and link from the first block on, as a node does before trusting a chain. */
export function checkChain(blocks: readonly Block[], difficulty: number): BlockCheck[] {
  const checks: BlockCheck[] = [];
  let previous: BlockCheck | undefined;
  for (const block of blocks) {
    const hash = blockHash(block);
    const workOk = meetsDifficulty(hash, difficulty);
    const linkOk = block.prev === (previous?.hash ?? zeroHash);
    const verified = workOk && linkOk && (previous?.verified ?? true);
    previous = { hash, workOk, linkOk, verified };
    checks.push(previous);
  }
  return checks;
}

/** The block at `index` re-pointed at its predecessor's current hash, ready to be mined again. */
export function relinked(blocks: readonly Block[], index: number): Block {
  const prev = index === 0 ? zeroHash : blockHash(blocks[index - 1]);
  return { ...blocks[index], prev };
}

/**
 * Mines `block` (its `prev` as given) from nonce 0, `chunkSize` nonces at a time, calling `yieldNow`
 * between chunks so a browser can repaint and the caller can cancel (return false to stop).
 * Resolves with the mined block, or undefined if stopped.
 */
export async function mineBlock(
  block: Block,
  difficulty: number,
  yieldNow: () => Promise<boolean>,
  chunkSize = 500,
): Promise<Block | undefined> {
  const prefix = blockPrefix(block);
  let nonce = 0;
  for (;;) {
    const progress = mineChunk(prefix, difficulty, nonce, chunkSize);
    if (progress.found) return { ...block, nonce: progress.found.nonce };
    nonce = progress.nextNonce;
    if (!(await yieldNow())) return undefined;
  }
}

/** The smallest nonce that makes `block` meet the difficulty, found synchronously (tests, setup). */
export function mineBlockSync(block: Block, difficulty: number): Block {
  const found = mineChunk(blockPrefix(block), difficulty, 0, Number.MAX_SAFE_INTEGER).found;
  if (!found) throw new Error("unreachable: the search only ends when a nonce is found");
  return { ...block, nonce: found.nonce };
}

/** Leading zero hex digits every hash of the demo chain needs: about 4,096 tries per block. */
export const DEMO_DIFFICULTY = 3;

/**
 * The demo's starting chain, mined once with `mineBlockSync` (a test checks that it verifies), so a
 * visitor sees it at once instead of waiting for some 25,000 hashes: the demo's "genesis".
 */
export const DEMO_CHAIN: readonly Block[] = [
  { height: 0, data: "Wayfare opens", prev: zeroHash, nonce: 8499 },
  {
    height: 1,
    data: "Ada pays Bo 5 TRIP",
    prev: "0x000d1a1be0c35c070b32581705fd0b1a4de59797f3f410378afd2528d2164df5",
    nonce: 10189,
  },
  {
    height: 2,
    data: "Bo pays the café 3 TRIP",
    prev: "0x0002c15013d0f59089dde08bacff49656053c529487fc8fae3cf30407015f451",
    nonce: 1841,
  },
  {
    height: 3,
    data: "Cy buys a ticket",
    prev: "0x0000debcdff356fc4ba800a3dab476bdc4b476d254d31ba065a8139922d5f6b9",
    nonce: 4309,
  },
];
