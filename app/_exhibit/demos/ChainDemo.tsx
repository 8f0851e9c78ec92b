"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";

import {
  type Block,
  type BlockCheck,
  DEMO_CHAIN,
  DEMO_DIFFICULTY,
  checkChain,
  mineBlock,
  relinked,
} from "../chain.ts";
import { SLICE_MS, nextTask } from "./yield.ts";

function short(hash: string): string {
  return `${hash.slice(0, 7)}…${hash.slice(-4)}`;
}

/** Mines a block in time slices; returns undefined if `alive()` turns false in between. */
function mineInSlices(block: Block, alive: () => boolean): Promise<Block | undefined> {
  let sliceEnd = performance.now() + SLICE_MS;
  return mineBlock(block, DEMO_DIFFICULTY, async () => {
    if (performance.now() < sliceEnd) return true;
    await nextTask();
    sliceEnd = performance.now() + SLICE_MS;
    return alive();
  });
}

function summary(checks: BlockCheck[]): string {
  const first = checks.findIndex((check) => !check.verified);
  if (first === -1) return `Chain verified: all ${checks.length} blocks check out.`;
  const check = checks[first];
  const reason = !check.linkOk
    ? `it records a previous hash that no longer matches block ${first}`
    : "its hash no longer meets the difficulty";
  const later = checks.length - first - 1;
  return `Chain broken at block ${first + 1}: ${reason}.${later > 0 ? ` The ${later} block${later === 1 ? "" : "s"} after it cannot be trusted until re-mined.` : ""}`;
}

/** A tampered chain: edit a block's data and watch the links after it break; re-mine to repair. */
export function ChainDemo() {
  const ids = useId();
  const [blocks, setBlocks] = useState<readonly Block[]>(DEMO_CHAIN);
  const [mining, setMining] = useState<number | null>(null);
  // Bumped by reset and unmount, so a mining run that is still going gives up.
  const generation = useRef(0);

  useEffect(
    () => () => {
      generation.current++;
    },
    [],
  );

  const reset = () => {
    generation.current++;
    setMining(null);
    setBlocks(DEMO_CHAIN);
  };

  const checks = useMemo(() => checkChain(blocks, DEMO_DIFFICULTY), [blocks]);

  const remine = async (index: number) => {
    const id = generation.current;
    setMining(index);
    const mined = await mineInSlices(relinked(blocks, index), () => generation.current === id);
    if (!mined) return;
    setBlocks((current) => current.map((block, i) => (i === index ? mined : block)));
    setMining(null);
  };

  return (
    <div className="demo-panel">
      <p className="demo-intro">
        Every hash must start with {DEMO_DIFFICULTY} zeros. Change a block’s data: its hash changes, and the
        next block no longer points at it. Re-mine each broken block in turn to repair the chain.
      </p>
      <ol className="chain" aria-label="Blocks">
        {blocks.map((block, index) => {
          const check = checks[index];
          const state = check.verified ? "valid" : !check.workOk || !check.linkOk ? "broken" : "unverified";
          return (
            <li key={block.height} className="chain-item">
              {index > 0 && (
                <p
                  className={`chain-link ${check.linkOk ? "ok" : "broken"}`}
                  data-testid={`link-${index + 1}`}
                >
                  {check.linkOk
                    ? "✓ linked to the block above"
                    : "✗ link broken: its previous hash does not match"}
                </p>
              )}
              <div className={`block-card ${state}`} data-testid={`block-${index + 1}`} data-state={state}>
                <div className="block-top">
                  <label htmlFor={`${ids}-data-${index}`} className="block-name">
                    Block {index + 1}
                  </label>
                  <input
                    id={`${ids}-data-${index}`}
                    type="text"
                    value={block.data}
                    spellCheck={false}
                    autoComplete="off"
                    disabled={mining !== null}
                    onChange={(event) => {
                      const data = event.target.value;
                      setBlocks((current) => current.map((b, i) => (i === index ? { ...b, data } : b)));
                    }}
                  />
                  <button
                    type="button"
                    onClick={() => void remine(index)}
                    disabled={mining !== null || (check.workOk && check.linkOk)}
                    aria-label={`Mine block ${index + 1}`}
                  >
                    {mining === index ? "Mining…" : "Mine"}
                  </button>
                </div>
                <p className="block-fields">
                  <span>
                    prev <code>{short(block.prev)}</code>
                  </span>{" "}
                  <span>
                    nonce <code>{block.nonce}</code>
                  </span>{" "}
                  <span>
                    hash <code className={check.workOk ? "ok" : "broken"}>{short(check.hash)}</code>
                  </span>
                  <span className="block-state">
                    {state === "valid" ? "✓ valid" : state === "broken" ? "✗ broken" : "? unverified"}
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="demo-footer">
        <p className="demo-status" role="status" data-testid="chain-status">
          {summary(checks)}
        </p>
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
    </div>
  );
}
