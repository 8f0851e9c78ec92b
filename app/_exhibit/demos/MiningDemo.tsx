"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { Hex } from "viem";

import { MAX_DIFFICULTY, MIN_DIFFICULTY, expectedAttempts, mineChunk, miningPreimage } from "../hashing.ts";
import { SLICE_MS, nextTask } from "./yield.ts";

const CHUNK = 200;
const SEPARATOR = "#";

type MiningState =
  | { kind: "idle" }
  | { kind: "mining"; attempts: number; elapsedMs: number }
  | { kind: "stopped"; attempts: number }
  | { kind: "found"; nonce: number; hash: Hex; attempts: number; elapsedMs: number; preimage: string };

const number = new Intl.NumberFormat("en");

/** Mine a nonce: find a number that, appended to the data, gives a hash with enough leading zeros. */
export function MiningDemo() {
  const ids = useId();
  const [data, setData] = useState("Ada pays Bo 5 TRIP");
  const [difficulty, setDifficulty] = useState(3);
  const [state, setState] = useState<MiningState>({ kind: "idle" });
  // Each run has an id; changing the inputs, stopping or unmounting makes older runs give up.
  const run = useRef(0);

  useEffect(
    () => () => {
      run.current++;
    },
    [],
  );

  const stop = () => {
    run.current++;
    setState((current) =>
      current.kind === "mining" ? { kind: "stopped", attempts: current.attempts } : current,
    );
  };

  const mine = async () => {
    const id = ++run.current;
    const prefix = `${data}${SEPARATOR}`;
    const started = performance.now();
    let nonce = 0;
    setState({ kind: "mining", attempts: 0, elapsedMs: 0 });
    for (;;) {
      const sliceEnd = performance.now() + SLICE_MS;
      do {
        const progress = mineChunk(prefix, difficulty, nonce, CHUNK);
        nonce = progress.nextNonce;
        if (progress.found) {
          setState({
            kind: "found",
            ...progress.found,
            attempts: nonce,
            elapsedMs: performance.now() - started,
            preimage: miningPreimage(prefix, progress.found.nonce),
          });
          return;
        }
      } while (performance.now() < sliceEnd);
      setState({ kind: "mining", attempts: nonce, elapsedMs: performance.now() - started });
      await nextTask();
      if (run.current !== id) return;
    }
  };

  const reset = () => {
    run.current++;
    setState({ kind: "idle" });
  };

  const mining = state.kind === "mining";
  return (
    <div className="demo-panel">
      <p className="demo-intro">
        A miner appends a nonce to the block’s data and hashes it, again and again, until the hash starts with
        enough zeros. Each extra zero means about 16 times more tries.
      </p>
      <div className="demo-row">
        <label htmlFor={`${ids}-data`}>Block data</label>
        <input
          id={`${ids}-data`}
          type="text"
          value={data}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setData(event.target.value);
            reset();
          }}
        />
      </div>
      <div className="demo-row">
        <label htmlFor={`${ids}-difficulty`}>
          Difficulty: {difficulty} leading zero{difficulty === 1 ? "" : "s"} (≈{" "}
          {number.format(expectedAttempts(difficulty))} tries)
        </label>
        <input
          id={`${ids}-difficulty`}
          type="range"
          min={MIN_DIFFICULTY}
          max={MAX_DIFFICULTY}
          step={1}
          value={difficulty}
          onChange={(event) => {
            setDifficulty(Number(event.target.value));
            reset();
          }}
        />
      </div>
      <div className="demo-buttons">
        <button type="button" onClick={mine} disabled={mining}>
          Mine
        </button>
        <button type="button" onClick={stop} disabled={!mining}>
          Stop
        </button>
      </div>
      <p className="demo-status" role="status" data-testid="mining-status">
        {state.kind === "idle" && "Press Mine to start."}
        {state.kind === "mining" &&
          `Mining… ${number.format(state.attempts)} nonces tried (${rate(state.attempts, state.elapsedMs)} per second).`}
        {state.kind === "stopped" && `Stopped after ${number.format(state.attempts)} tries.`}
        {state.kind === "found" &&
          `Found nonce ${number.format(state.nonce)} after ${number.format(state.attempts)} tries in ${(state.elapsedMs / 1000).toFixed(2)} s.`}
      </p>
      {state.kind === "found" && (
        <p className="hash-result">
          <span className="demo-label">keccak256(“{state.preimage}”) =</span>{" "}
          <output
            className="hash"
            data-testid="mined-hash"
            data-nonce={state.nonce}
            data-difficulty={difficulty}
          >
            0x<mark>{state.hash.slice(2, 2 + difficulty)}</mark>
            {state.hash.slice(2 + difficulty)}
          </output>
        </p>
      )}
    </div>
  );
}

function rate(attempts: number, elapsedMs: number): string {
  return elapsedMs > 0 ? number.format(Math.round((attempts / elapsedMs) * 1000)) : "–";
}
