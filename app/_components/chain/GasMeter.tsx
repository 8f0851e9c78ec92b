import { gasTarget } from "../../_lib/fees.ts";
import { formatInteger, formatPercent } from "../../_lib/format.ts";

/** Gas used against the block's target (half its limit): the marker in the middle is the target. */
export function GasMeter({ gasUsed, gasLimit }: { gasUsed: bigint; gasLimit: bigint }) {
  const target = gasTarget(gasLimit);
  const share = gasLimit === 0n ? 0 : Number((gasUsed * 1000n) / gasLimit) / 10;
  return (
    <span
      title={`${formatInteger(gasUsed)} of ${formatInteger(gasLimit)} gas (target ${formatInteger(target)})`}
    >
      <span className="gas-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(share, 100)}%` }} />
      </span>
      {formatInteger(gasUsed)}{" "}
      <span className="muted small">({formatPercent(gasUsed, target)} of target)</span>
    </span>
  );
}
