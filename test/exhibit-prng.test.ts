import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { mulberry32 } from "../app/_exhibit/prng.ts";

describe("mulberry32", () => {
  it("repeats the same sequence for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a.next());
    assert.deepEqual(
      Array.from({ length: 5 }, () => b.next()),
      first,
    );
    const other = mulberry32(43);
    assert.notDeepEqual(
      Array.from({ length: 5 }, () => other.next()),
      first,
    );
  });

  it("matches the reference mulberry32 output for seed 1", () => {
    // The published one-liner (Tommy Ettinger's mulberry32), seeded with 1, first returns this × 2^-32.
    const rng = mulberry32(1);
    assert.equal(rng.next() * 2 ** 32, 2693262067);
  });

  it("continues the same sequence from its saved state", () => {
    const rng = mulberry32(7);
    rng.next();
    const resumed = mulberry32(rng.state);
    assert.equal(resumed.next(), rng.next());
  });

  it("keeps values in range and shuffles without losing items", () => {
    const rng = mulberry32(99);
    for (let i = 0; i < 1_000; i++) {
      const value = rng.next();
      assert.ok(value >= 0 && value < 1);
      const int = rng.int(6);
      assert.ok(Number.isInteger(int) && int >= 0 && int < 6);
    }
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    assert.deepEqual(
      rng.shuffled(items).sort((x, y) => x - y),
      items,
    );
    assert.throws(() => rng.pick([]), RangeError);
  });
});
