import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { bytesToHex, hexToBytes, keccak256, stringToBytes } from "viem";

import {
  expectedAttempts,
  keccakText,
  leadingZeroHexDigits,
  meetsDifficulty,
  mineChunk,
  miningPreimage,
} from "../app/_exhibit/hashing.ts";

describe("keccakText", () => {
  it("hashes the empty string to Keccak-256's known digest", () => {
    assert.equal(keccakText(""), "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  });

  it("hashes UTF-8 text like Ethereum's keccak256(toBytes(text))", () => {
    assert.equal(keccakText("hello"), "0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8");
    assert.equal(keccakText("café ☕"), keccak256(stringToBytes("café ☕")));
  });

  it("changes completely when one character changes", () => {
    const a = hexToBytes(keccakText("Wayfare"));
    const b = hexToBytes(keccakText("Wayfarf"));
    const differingBits = a.reduce((sum, byte, i) => sum + popcount(byte ^ b[i]), 0);
    assert.ok(differingBits > 80, `only ${differingBits} of 256 bits differ`);
  });
});

describe("difficulty", () => {
  it("counts leading zero hex digits", () => {
    assert.equal(leadingZeroHexDigits(hexToBytes("0xffff")), 0);
    assert.equal(leadingZeroHexDigits(hexToBytes("0x0fff")), 1);
    assert.equal(leadingZeroHexDigits(hexToBytes("0x00ff")), 2);
    assert.equal(leadingZeroHexDigits(hexToBytes("0x000f")), 3);
    assert.equal(leadingZeroHexDigits(hexToBytes("0x0000")), 4);
  });

  it("meets a difficulty when at least that many digits are zero", () => {
    assert.equal(meetsDifficulty("0x00a1", 2), true);
    assert.equal(meetsDifficulty("0x00a1", 3), false);
    assert.equal(expectedAttempts(3), 4096);
  });
});

describe("mineChunk", () => {
  it("finds the first nonce whose hash meets the difficulty", () => {
    const result = mineChunk("Hello Wayfare", 3, 0, 1_000_000);
    assert.ok(result.found);
    const { nonce, hash } = result.found;
    assert.equal(hash, keccakText(miningPreimage("Hello Wayfare", nonce)));
    assert.ok(hash.startsWith("0x000"), hash);
    for (let earlier = 0; earlier < nonce; earlier++) {
      assert.equal(meetsDifficulty(keccakText(`Hello Wayfare${earlier}`), 3), false, `nonce ${earlier}`);
    }
    assert.equal(result.attempts, nonce + 1);
  });

  it("stops after the chunk and resumes where it left off", () => {
    const whole = mineChunk("chunked", 2, 0, 100_000).found;
    assert.ok(whole);
    let start = 0;
    let found: typeof whole | undefined;
    while (!found) {
      const progress = mineChunk("chunked", 2, start, 7);
      assert.ok(progress.attempts <= 7);
      found = progress.found;
      start = progress.nextNonce;
    }
    assert.deepEqual(found, whole);
  });

  it("writes large nonces in decimal", () => {
    const result = mineChunk("x", 0, 12_345_678_901, 1);
    assert.equal(result.found?.hash, bytesToHex(keccak256(stringToBytes("x12345678901"), "bytes")));
  });
});

function popcount(value: number): number {
  let count = 0;
  for (let v = value; v; v >>= 1) count += v & 1;
  return count;
}
