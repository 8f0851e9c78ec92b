import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parseSearch, searchHref } from "../app/_lib/search.ts";

const HASH = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";

describe("explorer search", () => {
  it("recognises block numbers, with or without # and separators", () => {
    assert.deepEqual(parseSearch(" 42 "), { kind: "block", number: 42n });
    assert.deepEqual(parseSearch("#1,024"), { kind: "block", number: 1024n });
  });

  it("recognises transaction hashes and normalises their case", () => {
    assert.deepEqual(parseSearch(HASH.toUpperCase().replace("0X", "0x")), {
      kind: "transaction",
      hash: HASH,
    });
  });

  it("recognises addresses and checksums them", () => {
    const target = parseSearch("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    assert.deepEqual(target, { kind: "address", address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" });
  });

  it("rejects an address with a broken checksum", () => {
    const target = parseSearch("0x70997970C51812dc3A010C7d01b50e0d17dc79c8");
    assert.equal(target.kind, "invalid");
    assert.match((target as { message: string }).message, /checksum/);
  });

  it("explains hex of the wrong length and other text", () => {
    assert.match((parseSearch("0x1234") as { message: string }).message, /4 hex digits/);
    assert.match((parseSearch("hotel") as { message: string }).message, /not a block number/);
    assert.equal(parseSearch("  ").kind, "invalid");
  });

  it("links each kind to its explorer page", () => {
    assert.equal(searchHref({ kind: "block", number: 7n }), "/chain/block/7");
    assert.equal(searchHref({ kind: "transaction", hash: HASH }), `/chain/tx/${HASH}`);
    assert.equal(
      searchHref({ kind: "address", address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" }),
      "/chain/address/0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    );
  });
});
