"use client";

import { type Address, zeroAddress } from "viem";

import type { RoundSummary } from "../../../_hooks/useAuction.ts";
import { formatInteger } from "../../../_lib/format.ts";

/** The newest rounds: who won each seat, and a way to look at any race block again. */
export function RoundHistory({
  rounds,
  shown,
  onShow,
  labelOf,
}: {
  rounds: RoundSummary[] | undefined;
  shown: bigint | undefined;
  onShow(roundId: bigint): void;
  labelOf: (address: Address) => string;
}) {
  if (!rounds) return <p className="muted">Reading the rounds…</p>;
  if (rounds.length === 0) return <p className="muted">No round has been opened yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Seat and winner</th>
            <th scope="col">Race block</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => {
            const open = round.winner === zeroAddress;
            return (
              <tr key={round.id.toString()} data-round={round.id.toString()}>
                <td>#{round.id.toString()}</td>
                <td className="round-seat">
                  {round.prize}
                  <span className="muted small">
                    {open ? (
                      <span className="badge warning">open</span>
                    ) : (
                      <>
                        Won by <strong>{labelOf(round.winner)}</strong>
                      </>
                    )}{" "}
                    · {formatInteger(round.entryCount)} entr{round.entryCount === 1n ? "y" : "ies"}
                  </span>
                </td>
                <td>
                  {open ? (
                    <span className="muted">
                      –<span className="visually-hidden"> not raced yet</span>
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="button small ghost"
                      aria-pressed={shown === round.id}
                      aria-label={`Show round #${round.id}'s block`}
                      onClick={() => onShow(round.id)}
                    >
                      Show
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
