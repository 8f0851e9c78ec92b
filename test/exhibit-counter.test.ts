import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { counterText } from "../app/_exhibit/counter.ts";

describe("counterText", () => {
  it("counts slides inside the topic, like the original's '3 of 10'", () => {
    assert.equal(counterText({ topic: 3, topics: 24, slide: 2, slides: 10 }), "Topic 4 of 24 · 3 of 10");
  });

  it("shows only the topic for a topic of one slide", () => {
    assert.equal(counterText({ topic: 0, topics: 24, slide: 0, slides: 1 }), "Topic 1 of 24");
  });
});
