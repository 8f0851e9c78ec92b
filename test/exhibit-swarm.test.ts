import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  ORIGIN_NAME,
  addPeer,
  availability,
  createSwarm,
  isComplete,
  outcome,
  removePeer,
  runToEnd,
  spreadBeyondOrigin,
  step,
} from "../app/_exhibit/swarm.ts";

const origin = (state: ReturnType<typeof createSwarm>) => state.peers.find((peer) => peer.origin);

describe("swarm", () => {
  it("starts with one seeder holding every piece and leechers holding none", () => {
    const state = createSwarm({ pieceCount: 6, leechers: 3 });
    assert.equal(state.peers.length, 4);
    assert.equal(origin(state)?.name, ORIGIN_NAME);
    assert.deepEqual(availability(state), [1, 1, 1, 1, 1, 1]);
    assert.equal(outcome(state), "running");
  });

  it("repeats exactly for the same seed and differs for another", () => {
    const threeTicks = (seed: number) => step(step(step(createSwarm({ seed }))));
    assert.deepEqual(threeTicks(5), threeTicks(5));
    assert.deepEqual(runToEnd(createSwarm({ seed: 5 })), runToEnd(createSwarm({ seed: 5 })));
    assert.notDeepEqual(threeTicks(5).peers, threeTicks(6).peers);
  });

  it("respects upload and download slots in every tick", () => {
    let state = createSwarm({ uploadSlots: 2, downloadSlots: 1 });
    while (outcome(state) === "running") {
      state = step(state);
      const sent = new Map<number, number>();
      const received = new Map<number, number>();
      for (const transfer of state.transfers) {
        sent.set(transfer.from, (sent.get(transfer.from) ?? 0) + 1);
        received.set(transfer.to, (received.get(transfer.to) ?? 0) + 1);
      }
      assert.ok([...sent.values()].every((count) => count <= 2));
      assert.ok([...received.values()].every((count) => count <= 1));
    }
  });

  it("fetches the rarest pieces first: the first seeder never sends the same piece twice at the start", () => {
    // 12 pieces, one seeder with 2 upload slots: the first six ticks hand out twelve distinct pieces.
    let state = createSwarm({ pieceCount: 12, leechers: 7 });
    const fromOrigin: number[] = [];
    for (let tick = 0; tick < 6; tick++) {
      state = step(state);
      fromOrigin.push(...state.transfers.filter((transfer) => transfer.from === 0).map((t) => t.piece));
    }
    assert.equal(new Set(fromOrigin).size, fromOrigin.length, `repeated: ${fromOrigin.join(",")}`);
    assert.equal(spreadBeyondOrigin(state), true);
  });

  it("completes for everyone, and leechers that finish become seeders", () => {
    const state = runToEnd(createSwarm());
    assert.equal(outcome(state), "complete");
    assert.ok(state.peers.every(isComplete));
    assert.equal(state.events.filter((event) => event.kind === "completed").length, 7);
  });

  it("still completes after the first seeder leaves once every piece has spread", () => {
    let state = createSwarm();
    while (!spreadBeyondOrigin(state)) state = step(state);
    assert.ok(
      state.peers.some((peer) => !isComplete(peer)),
      "the test must remove it mid-download",
    );
    state = removePeer(state, 0);
    assert.equal(origin(state), undefined);
    assert.deepEqual(state.lost, []);
    state = runToEnd(state);
    assert.equal(outcome(state), "complete");
    assert.equal(state.peers.length, 7);
  });

  it("loses a piece when its last holder leaves, and the others stall without it", () => {
    let state = step(createSwarm());
    const unspread = availability(state).findIndex((count) => count === 1);
    assert.ok(unspread >= 0);
    state = removePeer(state, 0);
    assert.ok(state.lost.includes(unspread));
    const left = state.events.at(-1);
    assert.equal(left?.kind, "left");
    assert.deepEqual(left?.kind === "left" ? left.lostPieces : [], state.lost);
    state = runToEnd(state);
    assert.equal(outcome(state), "stalled");
    for (const peer of state.peers) {
      assert.deepEqual(
        peer.pieces.flatMap((has, piece) => (has ? [] : [piece])),
        [...state.lost],
      );
    }
  });

  it("lets new leechers join and complete", () => {
    let state = runToEnd(createSwarm({ leechers: 2 }));
    state = addPeer(state);
    assert.equal(outcome(state), "running");
    assert.equal(state.events.at(-1)?.kind, "joined");
    state = runToEnd(state);
    assert.equal(outcome(state), "complete");
    assert.equal(state.peers.length, 4);
  });

  it("reports an empty swarm when everyone leaves", () => {
    let state = createSwarm({ leechers: 1 });
    state = removePeer(removePeer(state, 0), 1);
    assert.equal(outcome(state), "empty");
    assert.equal(removePeer(state, 42), state);
  });
});
