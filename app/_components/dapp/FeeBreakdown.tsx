import { formatEth, formatGwei, formatInteger } from "../../_lib/format.ts";
import type { FeeBreakdown as Fees } from "../../_lib/fees.ts";

/** Fees are shown to the wei so that burned + tip visibly adds up to the fee. */
const EXACT = 18;

/** Gas used, effective gas price, and the fee split into burned base fee and tip. */
export function FeeBreakdown({
  gasUsed,
  effectiveGasPrice,
  baseFeePerGas,
  fees,
}: {
  gasUsed: bigint;
  effectiveGasPrice: bigint;
  baseFeePerGas: bigint | null;
  fees: Fees;
}) {
  return (
    <dl className="facts">
      <div>
        <dt>Gas used</dt>
        <dd>{formatInteger(gasUsed)}</dd>
      </div>
      <div>
        <dt>Effective gas price</dt>
        <dd>
          {formatGwei(effectiveGasPrice, 9)}
          {baseFeePerGas !== null ? (
            <span className="muted">
              {" "}
              = {formatGwei(baseFeePerGas, 9)} base + {formatGwei(fees.tipPerGas, 9)} tip
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Fee</dt>
        <dd>
          {formatEth(fees.fee, EXACT)}
          <span className="muted">
            {" "}
            = {formatEth(fees.burned, EXACT)} burned + {formatEth(fees.tip, EXACT)} tip
          </span>
        </dd>
      </div>
    </dl>
  );
}
