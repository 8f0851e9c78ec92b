"use client";

import type { Address } from "viem";

import { type EntryOutcome, type RaceSummary, ordinal, outcomeOf } from "../../../_lib/auction.ts";
import { formatEth, formatGwei, formatInteger } from "../../../_lib/format.ts";
import type { BlockEntry, RaceBlock } from "../../../../scripts/lib/race.ts";
import { BlockLink, TxLink } from "../../dapp/AddressLink.tsx";

/** Tips and prices with enough places to tell a local chain's small base fees apart. */
const GWEI_PLACES = 4;

const OUTCOME_BADGE: Record<EntryOutcome, { label: string; tone: string }> = {
  won: { label: "won the seat", tone: "success" },
  "too-late": { label: "too late", tone: "danger" },
  reverted: { label: "reverted", tone: "danger" },
};

/** Who won and what the others paid for nothing, in sentences. */
function Outcome({
  summary,
  labelOf,
  arrivalKnown,
}: {
  summary: RaceSummary;
  labelOf: (address: Address) => string;
  arrivalKnown: boolean;
}) {
  const { winner, losers, yours } = summary;
  if (!winner) return <p>No entry of this block won: the round&apos;s first entry was elsewhere.</p>;
  const tie =
    summary.tiedWithWinner.length > 0
      ? ` It tied with ${summary.tiedWithWinner.map((entry) => labelOf(entry.address)).join(", ")}, ${
          arrivalKnown ? "but arrived first" : "and was mined first"
        }: equal tips are mined in the order they arrived.`
      : "";
  const headline =
    yours === winner ? (
      <>
        <strong>You won the seat</strong>: your tip of {formatGwei(winner.tip, GWEI_PLACES)} was the highest,
        so the builder put your entry first.
      </>
    ) : (
      <>
        <strong>{labelOf(winner.address)} won the seat</strong> with a tip of{" "}
        {formatGwei(winner.tip, GWEI_PLACES)}, the highest.
        {yours ? (
          <>
            {" "}
            You were {ordinal(yours.indexInBlock)} in the block with {formatGwei(yours.tip, GWEI_PLACES)}: too
            late, and you paid <strong>{formatEth(yours.feePaid, 8)}</strong> for nothing.
          </>
        ) : null}
      </>
    );
  return (
    <div className="race-outcome" data-winner={labelOf(winner.address)}>
      <p>
        {headline}
        {tie}
      </p>
      {losers.length > 0 ? (
        <p>
          The {losers.length === 1 ? "one entry" : `${losers.length} entries`} behind it still ran, were
          recorded as too late, and paid <strong>{formatEth(summary.paidForNothing, 8)}</strong> in gas for
          nothing:{" "}
          {losers.map((entry, index) => (
            <span key={entry.hash} data-loser={labelOf(entry.address)}>
              {index > 0 ? "; " : ""}
              {labelOf(entry.address)} {formatEth(entry.feePaid, 8)}
            </span>
          ))}
          .
        </p>
      ) : (
        <p>Nobody else entered: no one paid for nothing this time.</p>
      )}
    </div>
  );
}

/** The race block in order: who came first, what each offered, paid and got. */
export function RaceBlockView({
  block,
  prize,
  summary,
  labelOf,
  visitor,
  arrivalKnown,
}: {
  block: RaceBlock;
  prize: string | undefined;
  summary: RaceSummary;
  labelOf: (address: Address) => string;
  visitor: Address | undefined;
  /** Whether the order the entries were sent in is known (a race just run) or not (read from chain). */
  arrivalKnown: boolean;
}) {
  const isYours = (entry: BlockEntry) =>
    visitor !== undefined && entry.address.toLowerCase() === visitor.toLowerCase();
  return (
    <div className="stack" data-race-block={block.blockNumber.toString()}>
      <h3 className="small-heading">
        Block <BlockLink number={block.blockNumber} />, round #{block.roundId.toString()}
        {prize ? `: ${prize}` : ""}
      </h3>
      <Outcome summary={summary} labelOf={labelOf} arrivalKnown={arrivalKnown} />
      <p className="muted small">
        Base fee {formatGwei(block.baseFeePerGas, 9)} per gas for every entry; each paid its own tip on top.
      </p>
      <div className="table-scroll">
        <table className="table race-table" aria-label="The block's order">
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Who</th>
              <th scope="col">Result</th>
              <th scope="col" className="num">
                Tip offered
              </th>
              <th scope="col" className="num">
                Gas price paid
              </th>
              <th scope="col" className="num">
                Gas used
              </th>
              <th scope="col" className="num">
                Fee paid
              </th>
              <th scope="col" className="num">
                Burned (base fee)
              </th>
              <th scope="col" className="num">
                Tip to the builder
              </th>
              <th scope="col">Transaction</th>
            </tr>
          </thead>
          <tbody>
            {block.transactions.map((entry) => {
              const outcome = outcomeOf(entry);
              const badge = OUTCOME_BADGE[outcome];
              return (
                <tr
                  key={entry.hash}
                  className={isYours(entry) ? "yours" : undefined}
                  data-bidder={labelOf(entry.address)}
                  data-outcome={outcome}
                >
                  <td>
                    {ordinal(entry.indexInBlock)}{" "}
                    <span className="muted small">(tx index {entry.indexInBlock})</span>
                  </td>
                  <th scope="row">{labelOf(entry.address)}</th>
                  <td>
                    <span className={`badge ${badge.tone}`}>{badge.label}</span>
                  </td>
                  <td className="num" data-tip={entry.tip.toString()}>
                    {formatGwei(entry.tip, GWEI_PLACES)}
                  </td>
                  <td className="num">{formatGwei(entry.effectiveGasPrice, GWEI_PLACES)}</td>
                  <td className="num">{formatInteger(entry.gasUsed)}</td>
                  <td className="num">{formatEth(entry.feePaid, 8)}</td>
                  <td className="num">{formatEth(entry.baseFeeBurned, 8)}</td>
                  <td className="num">{formatEth(entry.tipPaid, 8)}</td>
                  <td>
                    <TxLink hash={entry.hash} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {block.otherTransactions > 0 ? (
        <p className="muted small">
          The block also held {block.otherTransactions} transaction(s) from outside the race.
        </p>
      ) : null}
    </div>
  );
}
