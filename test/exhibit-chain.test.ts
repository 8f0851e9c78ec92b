import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { zeroHash } from "viem";

import {
  type Block,
  DEMO_CHAIN,
  DEMO_DIFFICULTY,
  blockHash,
  checkChain,
  mineBlock,
  mineBlockSync,
  relinked,
} from "../app/_exhibit/chain.ts";
import { meetsDifficulty } from "../app/_exhibit/hashing.ts";

const DIFFICULTY = 2;

function minedChain(datas: string[]): Block[] {
  const blocks: Block[] = [];
  datas.forEach((data, height) => {
    const prev = height === 0 ? zeroHash : blockHash(blocks[height - 1]);
    blocks.push(mineBlockSync({ height, data, prev, nonce: 0 }, DIFFICULTY));
  });
  return blocks;
}

const DATA = ["Genesis", "Ada pays Bo 5 TRIP", "Bo pays the café 3 TRIP", "Cy buys a ticket"];

describe("checkChain", () => {
  it("verifies a freshly mined chain", () => {
    const checks = checkChain(minedChain(DATA), DIFFICULTY);
    assert.deepEqual(
      checks.map((check) => [check.workOk, check.linkOk, check.verified]),
      DATA.map(() => [true, true, true]),
    );
    checks.forEach((check) => assert.ok(meetsDifficulty(check.hash, DIFFICULTY)));
  });

  it("breaks the tampered block's work and the link to the next block; later blocks are unverified", () => {
    const blocks = minedChain(DATA);
    blocks[1] = { ...blocks[1], data: "Ada pays Bo 500 TRIP" };
    const checks = checkChain(blocks, DIFFICULTY);
    assert.equal(checks[0].verified, true);
    assert.equal(checks[1].workOk, false, "the edited block no longer meets the difficulty");
    assert.equal(checks[2].linkOk, false, "the next block still records the old hash");
    assert.deepEqual(
      checks.slice(1).map((check) => check.verified),
      [false, false, false],
    );
    assert.equal(checks[3].linkOk, true, "blocks further on are intact but depend on the broken ones");
  });

  it("needs every following block re-mined to repair the chain", () => {
    const blocks = minedChain(DATA);
    blocks[1] = { ...blocks[1], data: "Ada pays Bo 500 TRIP" };
    blocks[1] = mineBlockSync(relinked(blocks, 1), DIFFICULTY);
    let checks = checkChain(blocks, DIFFICULTY);
    assert.equal(checks[1].verified, true);
    assert.equal(checks[2].linkOk, false);

    blocks[2] = mineBlockSync(relinked(blocks, 2), DIFFICULTY);
    checks = checkChain(blocks, DIFFICULTY);
    assert.equal(checks[2].verified, true);
    assert.equal(checks[3].linkOk, false, "re-mining block 2 changed its hash, so block 3's link broke");

    blocks[3] = mineBlockSync(relinked(blocks, 3), DIFFICULTY);
    assert.ok(checkChain(blocks, DIFFICULTY).every((check) => check.verified));
  });

  it("rejects a first block that records a previous hash", () => {
    const [genesis] = minedChain(["Genesis"]);
    const forged = mineBlockSync({ ...genesis, prev: blockHash(genesis) }, DIFFICULTY);
    assert.equal(checkChain([forged], DIFFICULTY)[0].linkOk, false);
  });
});

describe("DEMO_CHAIN", () => {
  it("is a verified chain at the demo's difficulty, mined with the smallest nonces", () => {
    assert.ok(checkChain(DEMO_CHAIN, DEMO_DIFFICULTY).every((check) => check.verified));
    DEMO_CHAIN.forEach((block, index) => {
      assert.deepEqual(mineBlockSync(relinked(DEMO_CHAIN, index), DEMO_DIFFICULTY), block);
    });
  });
});

describe("mineBlock", () => {
  it("mines in chunks and finds the same nonce as the synchronous search", async () => {
    const block: Block = { height: 0, data: "chunks", prev: zeroHash, nonce: 0 };
    let yields = 0;
    const mined = await mineBlock(block, DIFFICULTY, async () => (yields++, true), 10);
    assert.deepEqual(mined, mineBlockSync(block, DIFFICULTY));
    assert.equal(yields, Math.floor((mined?.nonce ?? 0) / 10));
  });

  it("stops when the caller says so", async () => {
    const block: Block = { height: 0, data: "stop me", prev: zeroHash, nonce: 0 };
    assert.equal(await mineBlock(block, 5, async () => false, 10), undefined);
  });
});
