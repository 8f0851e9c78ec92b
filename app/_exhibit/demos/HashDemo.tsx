"use client";

import { useId, useState } from "react";
import { stringToBytes } from "viem";

import { keccakText } from "../hashing.ts";

const INITIAL_TEXT = "Wayfare";

interface HashState {
  text: string;
  hash: string;
  /** Hex digits that differ from the hash before the last edit (null before the first edit). */
  changedDigits: number | null;
}

function differingDigits(a: string, b: string): number {
  let count = 0;
  for (let i = 2; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

/** Type text and watch its Keccak-256 hash change as you type. */
export function HashDemo() {
  const inputId = useId();
  const [state, setState] = useState<HashState>(() => ({
    text: INITIAL_TEXT,
    hash: keccakText(INITIAL_TEXT),
    changedDigits: null,
  }));

  return (
    <div className="demo-panel">
      <p className="demo-intro">
        Type anything. Its hash is always 64 hex digits (256 bits), and the smallest edit changes almost all
        of them.
      </p>
      <label htmlFor={inputId}>Text to hash</label>
      <input
        id={inputId}
        type="text"
        value={state.text}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          const text = event.target.value;
          const hash = keccakText(text);
          setState((previous) => ({ text, hash, changedDigits: differingDigits(previous.hash, hash) }));
        }}
      />
      <p className="demo-label" id={`${inputId}-hash`}>
        Keccak-256 of {stringToBytes(state.text).length} bytes
      </p>
      <output
        className="hash"
        htmlFor={inputId}
        aria-labelledby={`${inputId}-hash`}
        aria-live="off"
        data-testid="hash"
      >
        {state.hash}
      </output>
      <p className="demo-status">
        {state.changedDigits === null
          ? "Edit the text to compare."
          : `Your last edit changed ${state.changedDigits} of the 64 digits.`}
      </p>
    </div>
  );
}
