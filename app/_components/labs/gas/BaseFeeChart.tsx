"use client";

import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { baseFeeSeries, describeBaseFeeTrend } from "../../../_lib/base-fee.ts";
import { formatGwei } from "../../../_lib/format.ts";

/** How many blocks the chart shows. */
const CHART_BLOCKS = 24;
const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 16, right: 64, bottom: 28, left: 40 };

/** The chart's data: `eth_feeHistory` over the newest blocks, refreshed with every block. */
function useBaseFeeSeries() {
  return useLiveQuery(["fee-history", CHART_BLOCKS], async (client, latest) => {
    const count = Math.min(CHART_BLOCKS, Number(latest) + 1);
    const history = await client.getFeeHistory({
      blockCount: count,
      blockTag: "latest",
      rewardPercentiles: [],
    });
    return baseFeeSeries(history);
  });
}

/**
 * Base fee per block, live: bars are gas used against the limit (the dashed line is the target, half of
 * it), the line is the base fee each block charged, ending in the next block's.
 */
export function BaseFeeChart() {
  const { data: series, isPending } = useBaseFeeSeries();
  if (!series) return <p className="muted">{isPending ? "Reading the fee history…" : "No blocks yet."}</p>;
  const rows = series.rows;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slots = rows.length + 1;
  const slot = plotWidth / slots;
  const fees = [...rows.map((row) => row.baseFeePerGas), series.nextBaseFeePerGas];
  const maxFee = fees.reduce((max, fee) => (fee > max ? fee : max), 1n);
  const feeY = (fee: bigint) =>
    PAD.top + plotHeight - (Number((fee * 10_000n) / maxFee) / 10_000) * plotHeight;
  const points = fees.map((fee, index) => `${PAD.left + slot * (index + 0.5)},${feeY(fee)}`).join(" ");
  const targetY = PAD.top + plotHeight / 2;
  const label = describeBaseFeeTrend(series);

  return (
    <figure className="chart" data-next-base-fee={series.nextBaseFeePerGas.toString()}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="base-fee-chart-caption">
        <rect x={PAD.left} y={PAD.top} width={plotWidth} height={plotHeight} className="chart-frame" />
        {rows.map((row, index) => {
          const height = Math.min(row.gasUsedRatio, 1) * plotHeight;
          return (
            <rect
              key={row.blockNumber.toString()}
              className={row.gasUsedRatio > 0.5 ? "chart-bar over" : "chart-bar"}
              x={PAD.left + slot * index + slot * 0.15}
              y={PAD.top + plotHeight - height}
              width={slot * 0.7}
              height={height}
            >
              <title>{`Block ${row.blockNumber}: ${Math.round(row.gasUsedRatio * 100)} % full, base fee ${formatGwei(row.baseFeePerGas, 6)}`}</title>
            </rect>
          );
        })}
        <line x1={PAD.left} x2={PAD.left + plotWidth} y1={targetY} y2={targetY} className="chart-target" />
        <text x={PAD.left - 6} y={targetY + 4} className="chart-label" textAnchor="end">
          target
        </text>
        <text x={PAD.left - 6} y={PAD.top + 10} className="chart-label" textAnchor="end">
          full
        </text>
        <polyline points={points} className="chart-line" />
        {fees.map((fee, index) => (
          <circle
            key={index}
            cx={PAD.left + slot * (index + 0.5)}
            cy={feeY(fee)}
            r={index === fees.length - 1 ? 4 : 2.5}
            className={index === fees.length - 1 ? "chart-dot next" : "chart-dot"}
          />
        ))}
        <text x={PAD.left + plotWidth + 6} y={feeY(series.nextBaseFeePerGas) + 4} className="chart-label">
          {formatGwei(series.nextBaseFeePerGas, 3)}
        </text>
        <text x={PAD.left} y={HEIGHT - 8} className="chart-label">
          block {rows[0]?.blockNumber.toString()}
        </text>
        <text x={PAD.left + plotWidth} y={HEIGHT - 8} className="chart-label" textAnchor="end">
          next
        </text>
      </svg>
      <figcaption id="base-fee-chart-caption">
        <span data-base-fee-trend>{label}</span> Next base fee:{" "}
        <strong>{formatGwei(series.nextBaseFeePerGas, 6)}</strong>. Bars: gas used (dashed line: the target,
        half the limit). Line: base fee per gas.
      </figcaption>
      <details>
        <summary>The numbers</summary>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Block</th>
                <th scope="col" className="num">
                  Gas used
                </th>
                <th scope="col" className="num">
                  Base fee
                </th>
                <th scope="col" className="num">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.blockNumber.toString()}>
                  <td>#{row.blockNumber.toString()}</td>
                  <td className="num">{(row.gasUsedRatio * 100).toFixed(1)} % of limit</td>
                  <td className="num">{formatGwei(row.baseFeePerGas, 6)}</td>
                  <td className="num">
                    {row.changePercent === null ? "–" : `${row.changePercent.toFixed(2)} %`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
