import { type Hex, bytesToHex, hexToBytes, keccak256, stringToBytes } from "viem";

/** Keccak-256 of the UTF-8 bytes of `text`, as Ethereum computes it (`keccak256(toBytes(text))`). */
export function keccakText(text: string): Hex {
  return keccak256(stringToBytes(text));
}

/** How many hexadecimal digits at the start of `hash` are zero (a 32-byte hash has 64 digits). */
export function leadingZeroHexDigits(hash: Uint8Array): number {
  let zeros = 0;
  for (const byte of hash) {
    if (byte === 0) {
      zeros += 2;
      continue;
    }
    if (byte < 0x10) zeros += 1;
    break;
  }
  return zeros;
}

/** Whether a hash meets a difficulty given as the number of leading zero hex digits. */
export function meetsDifficulty(hash: Hex | Uint8Array, difficulty: number): boolean {
  const bytes = typeof hash === "string" ? hexToBytes(hash) : hash;
  return leadingZeroHexDigits(bytes) >= difficulty;
}

/** Proof-of-work difficulties the demos offer, in leading zero hex digits. */
export const MIN_DIFFICULTY = 1;
export const MAX_DIFFICULTY = 5;

/** On average a miner tries 16^difficulty nonces before one works. */
export function expectedAttempts(difficulty: number): number {
  return 16 ** difficulty;
}

export interface MiningProgress {
  /** The nonce that met the difficulty, if this chunk found one. */
  found?: { nonce: number; hash: Hex };
  /** Where the next chunk should start (one past the last nonce tried). */
  nextNonce: number;
  /** Nonces tried in this chunk. */
  attempts: number;
}

/**
 * Tries nonces `start, start + 1, …` until one makes `hash(prefix ‖ decimal(nonce))` meet the
 * difficulty, or `maxAttempts` have been tried. Callers run it in small chunks and yield to the
 * browser in between, so the page stays responsive while mining.
 */
export function mineChunk(
  prefix: string,
  difficulty: number,
  start: number,
  maxAttempts: number,
): MiningProgress {
  const head = stringToBytes(prefix);
  // Room for the prefix and any nonce up to Number.MAX_SAFE_INTEGER (16 decimal digits).
  const buffer = new Uint8Array(head.length + 16);
  buffer.set(head);
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const nonce = start + attempt;
    const length = head.length + writeDecimal(buffer, head.length, nonce);
    const hash = keccak256(buffer.subarray(0, length), "bytes");
    if (leadingZeroHexDigits(hash) >= difficulty) {
      return { found: { nonce, hash: bytesToHex(hash) }, nextNonce: nonce + 1, attempts: attempt + 1 };
    }
  }
  return { nextNonce: start + maxAttempts, attempts: maxAttempts };
}

/** The text a miner hashes for `nonce`: the block's contents followed by the nonce in decimal. */
export function miningPreimage(prefix: string, nonce: number): string {
  return `${prefix}${nonce}`;
}

/** Writes `value`'s decimal ASCII digits into `buffer` at `offset`; returns how many were written. */
function writeDecimal(buffer: Uint8Array, offset: number, value: number): number {
  const digits = String(value);
  for (let i = 0; i < digits.length; i++) buffer[offset + i] = digits.charCodeAt(i);
  return digits.length;
}
