"use client";

import type { ReactNode } from "react";
import { useConnection } from "wagmi";

export interface Goal {
  id: string;
  label: string;
  /** undefined while the chain is being read. */
  done: boolean | undefined;
  /** What on chain shows it (or what to do), e.g. "Bought 1,000 TRIP in block #12". */
  detail?: ReactNode;
}

/**
 * The lab's goals, ticked from the visitor's own on-chain state (balances, events filtered by their
 * address), never from anything stored in the browser: reload, or come back with the same wallet,
 * and the ticks are still there.
 */
export function GoalsChecklist({ goals }: { goals: Goal[] }) {
  const connection = useConnection();
  const done = goals.filter((goal) => goal.done).length;
  return (
    <section className="lab-section goals" aria-labelledby="goals">
      <h2 id="goals">Goals</h2>
      {connection.address ? (
        <p className="lab-intro" aria-live="polite">
          {done} of {goals.length} done, read from the chain for your address.
        </p>
      ) : (
        <p className="lab-intro">Connect a wallet to see your progress: it is read from the chain.</p>
      )}
      <ul className="goal-list">
        {goals.map((goal) => {
          const state = !connection.address || goal.done === false ? "open" : goal.done ? "done" : "checking";
          return (
            <li key={goal.id} className={`goal ${state}`} data-goal={goal.id} data-done={state === "done"}>
              <span className="goal-mark" aria-hidden="true">
                {state === "done" ? "✓" : state === "checking" ? "…" : "○"}
              </span>
              <span>
                <span className="goal-label">{goal.label}</span>
                <span className="visually-hidden">
                  {state === "done" ? " (done)" : state === "checking" ? " (checking)" : " (not yet)"}
                </span>
                {goal.detail && connection.address ? (
                  <span className="goal-detail">{goal.detail}</span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
