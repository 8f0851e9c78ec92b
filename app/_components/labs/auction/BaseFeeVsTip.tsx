"use client";

import Link from "next/link";
import type { Address } from "viem";

import type { RaceSummary } from "../../../_lib/auction.ts";
import { formatEth, formatGwei, formatInteger, formatPercent } from "../../../_lib/format.ts";
import type { RaceBlock } from "../../../../scripts/lib/race.ts";
import { AddressLink } from "../../dapp/AddressLink.tsx";

/** Small base fees of a local chain need the places to show. */
const PLACES = 9;
/** Below this share of a fee, the base fee hardly matters next to the tips: the chain is quiet. */
const QUIET_CHAIN_BURNED_PERCENT = 10;

/** `part` of `whole` in percent, one decimal. */
function shareOf(part: bigint, whole: bigint): number {
  return whole > 0n ? Number((part * 1000n) / whole) / 10 : 0;
}

/** A share for people: one decimal, and "under 0.1" rather than a 0 that is not one. */
function formatShare(share: number, nonZero: boolean): string {
  return share === 0 && nonZero ? "under 0.1 %" : `${share} %`;
}

/** EIP-1559's two parts of a gas price, told with the numbers of the race block on screen. */
export function BaseFeeVsTip({
  block,
  summary,
  labelOf,
}: {
  block: RaceBlock;
  summary: RaceSummary;
  labelOf: (address: Address) => string;
}) {
  const base = block.baseFeePerGas;
  const focus = summary.yours ?? summary.winner;
  const tips = block.transactions.map((entry) => entry.tip);
  const lowest = tips.reduce((low, tip) => (tip < low ? tip : low), tips[0] ?? 0n);
  const highest = tips.reduce((high, tip) => (tip > high ? tip : high), 0n);
  const change = summary.nextBaseFee - base;
  const losersBurned = summary.losers.reduce((sum, entry) => sum + entry.baseFeeBurned, 0n);
  const losersTips = summary.losers.reduce((sum, entry) => sum + entry.tipPaid, 0n);
  const burned = focus ? shareOf(focus.baseFeeBurned, focus.feePaid) : 0;

  return (
    <div className="stack fee-lesson" data-fee-lesson={block.blockNumber.toString()}>
      <dl className="facts">
        <div>
          <dt>Base fee of block #{block.blockNumber.toString()}</dt>
          <dd data-base-fee={base.toString()}>
            <strong>{formatGwei(base, PLACES)}</strong> per gas, for every transaction in it
          </dd>
        </div>
        <div>
          <dt>Tips offered in it</dt>
          <dd>
            <strong>
              {lowest === highest
                ? formatGwei(lowest, PLACES)
                : `${formatGwei(lowest, PLACES)} to ${formatGwei(highest, PLACES)}`}
            </strong>{" "}
            per gas
          </dd>
        </div>
        <div>
          <dt>Burned by the race&apos;s entries</dt>
          <dd>
            <strong>{formatEth(summary.burned, 8)}</strong>, gone for good
          </dd>
        </div>
        <div>
          <dt>Tips to the block&apos;s builder</dt>
          <dd>
            <strong>{formatEth(summary.tips, 8)}</strong> to <AddressLink address={block.feeRecipient} />
          </dd>
        </div>
      </dl>

      {focus ? (
        <div className="stack">
          <p data-fee-example>
            {summary.yours ? "Your entry" : `${labelOf(focus.address)}'s entry`} used{" "}
            {formatInteger(focus.gasUsed)} gas at {formatGwei(base, PLACES)} base fee +{" "}
            {formatGwei(focus.tip, PLACES)} tip = {formatGwei(focus.effectiveGasPrice, PLACES)} per gas, so it
            paid <strong>{formatEth(focus.feePaid, 8)}</strong>: {formatInteger(focus.gasUsed)} ×{" "}
            {formatGwei(base, PLACES)} = <strong>{formatEth(focus.baseFeeBurned, 8)} burned</strong>, and{" "}
            {formatInteger(focus.gasUsed)} × {formatGwei(focus.tip, PLACES)} ={" "}
            <strong>{formatEth(focus.tipPaid, 8)} tip</strong> to the builder.
          </p>
          <div
            className="fee-split"
            role="img"
            aria-label={`${formatShare(burned, focus.baseFeeBurned > 0n)} of the fee burned, the rest tipped to the builder`}
          >
            <span className="fee-split-burned" style={{ width: `${burned}%` }} />
            <span className="fee-split-tip" style={{ width: `${100 - burned}%` }} />
          </div>
          <p className="muted small">
            <span className="swatch fee-split-burned" aria-hidden="true" /> burned (base fee){" "}
            {formatShare(burned, focus.baseFeeBurned > 0n)}{" "}
            <span className="swatch fee-split-tip" aria-hidden="true" /> tip{" "}
            {formatShare(Math.round((100 - burned) * 10) / 10, focus.tipPaid > 0n)}
          </p>
          {burned < QUIET_CHAIN_BURNED_PERCENT ? (
            <p className="muted small">
              The base fee is tiny next to the tips because this chain is quiet: few blocks have been full.
              Fill a few in the <Link href="/labs/gas#congestion-section">Gas lab</Link> and race again to see
              the base fee take its share.
            </p>
          ) : null}
        </div>
      ) : null}

      <ul className="fee-points">
        <li>
          <strong>The base fee is the protocol&apos;s price, the same for everyone in the block.</strong>{" "}
          Every entry here paid {formatGwei(base, PLACES)} per gas of it, winner and losers alike. It is
          burned, so nobody gains from it, not even the builder: paying more of it would buy no place in the
          queue.
        </li>
        <li>
          <strong>The tip is the part you choose, and the builder keeps it.</strong> So the builder puts the
          best-paying transactions first:{" "}
          {block.transactions.map((entry, index) => (
            <span key={entry.hash}>
              {index > 0 ? " → " : ""}
              {labelOf(entry.address)} {formatGwei(entry.tip, 4)}
            </span>
          ))}
          . That order, and nothing else, gave away the seat.
        </li>
        <li>
          <strong>The base fee follows demand.</strong> This block used {formatInteger(block.blockGasUsed)}{" "}
          gas, {formatPercent(block.blockGasUsed, summary.gasTarget)} of its target of{" "}
          {formatInteger(summary.gasTarget)} (half its {formatInteger(block.blockGasLimit)} gas limit), so the
          next block&apos;s base fee is{" "}
          <strong data-next-base-fee>{formatGwei(summary.nextBaseFee, PLACES)}</strong>
          {change === 0n
            ? ", unchanged"
            : ` (${change > 0n ? "up" : "down"} ${formatPercent(change > 0n ? change : -change, base)})`}
          . A full block raises it by 12.5 %, an empty one lowers it by 12.5 %.
        </li>
        {summary.losers.length > 0 ? (
          <li>
            <strong>Losing still costs.</strong> Each losing entry ran (GasAuction recorded it as too late),
            and running costs gas: of the {formatEth(summary.paidForNothing, 8)} the losers paid,{" "}
            {formatEth(losersBurned, 8)} was burned and {formatEth(losersTips, 8)} went to the builder, who is
            paid by winners and losers alike. An entry in a later block would fail with{" "}
            <code>RoundClosed</code>, and pay for that too.
          </li>
        ) : null}
        <li>
          Each entry also set a <em>max fee</em> per gas (twice the base fee before the race, plus its tip),
          so a rising base fee could not price it out. EIP-1559 charges only the base fee plus the tip; the
          rest of the max fee is never taken.
        </li>
      </ul>
    </div>
  );
}
