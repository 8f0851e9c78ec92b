"use client";

import type { PricePoint } from "../../../_hooks/useSavings.ts";
import { formatAmount, formatTimestamp } from "../../../_lib/format.ts";

const WIDTH = 640;
const HEIGHT = 180;
const PAD = { top: 12, right: 12, bottom: 12, left: 12 };

/** TRIP per svTRIP after each deposit, withdrawal and reward: it only ever rises (rewards). */
export function SharePriceChart({ points }: { points: PricePoint[] }) {
  if (points.length === 0) return <p className="muted">No deposits yet.</p>;
  const prices = points.map((point) => point.sharePrice);
  const max = prices.reduce((a, b) => (b > a ? b : a));
  const min = prices.reduce((a, b) => (b < a ? b : a));
  const span = max - min || 1n;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (points.length === 1 ? plotWidth / 2 : (plotWidth * index) / (points.length - 1));
  const y = (price: bigint) =>
    PAD.top + plotHeight - (Number(((price - min) * 10_000n) / span) / 10_000) * plotHeight;
  const last = points.at(-1)!;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="share-price-caption">
        <rect x={PAD.left} y={PAD.top} width={plotWidth} height={plotHeight} className="chart-frame" />
        <polyline
          className="chart-line"
          points={points.map((point, index) => `${x(index)},${y(point.sharePrice)}`).join(" ")}
        />
        {points.map((point, index) => (
          <circle
            key={point.blockNumber.toString()}
            cx={x(index)}
            cy={y(point.sharePrice)}
            r={3}
            className="chart-dot"
          >
            <title>{`Block ${point.blockNumber} (${point.event}): 1 svTRIP = ${formatAmount(point.sharePrice, 18, 6)} TRIP`}</title>
          </circle>
        ))}
      </svg>
      {/* The scale is text beside the picture, so it stays readable on a phone. */}
      <p className="muted small">
        {min === max
          ? `The line is flat at ${formatAmount(max, 18, 6)} TRIP per svTRIP.`
          : `Bottom ${formatAmount(min, 18, 6)} TRIP, top ${formatAmount(max, 18, 6)} TRIP per svTRIP.`}
      </p>
      <figcaption id="share-price-caption">
        1 svTRIP ={" "}
        <strong data-share-price={last.sharePrice.toString()}>
          {formatAmount(last.sharePrice, 18, 6)} TRIP
        </strong>{" "}
        after block #{last.blockNumber.toString()} ({formatTimestamp(last.timestamp)}). Each point is a
        deposit, a withdrawal or a reward: deposits and withdrawals leave the price as it is; rewards raise it
        for every saver.
      </figcaption>
    </figure>
  );
}
