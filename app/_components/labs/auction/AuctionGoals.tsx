"use client";

import { useAuctionGoals } from "../../../_hooks/useAuction.ts";
import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { formatEth } from "../../../_lib/format.ts";
import { type Goal, GoalsChecklist } from "../GoalsChecklist.tsx";

/** The auction lab's goals, from GasAuction's `Entered` events for the visitor's address. */
export function AuctionGoals({ auction }: { auction: TypedContract<"GasAuction"> | undefined }) {
  const entries = useAuctionGoals(auction).data;
  const goals: Goal[] = [
    {
      id: "entered",
      label: "Enter a race for the last seat",
      done: entries ? entries.entered > 0 : undefined,
      detail: entries?.entered
        ? `${entries.entered} entr${entries.entered === 1 ? "y" : "ies"} so far.`
        : undefined,
    },
    {
      id: "won",
      label: "Win a seat by out-tipping the bots",
      done: entries ? entries.won > 0 : undefined,
      detail: entries?.lastWin !== undefined ? `Round #${entries.lastWin} is yours.` : undefined,
    },
    {
      id: "lost",
      label: "Lose a race and pay for nothing",
      done: entries ? entries.lost > 0 : undefined,
      detail: entries?.lastLoss
        ? `Round #${entries.lastLoss.roundId}: your entry came too late and still cost ${formatEth(entries.lastLoss.paid, 8)}.`
        : undefined,
    },
  ];
  return <GoalsChecklist goals={goals} />;
}
