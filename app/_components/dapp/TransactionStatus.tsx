"use client";

import type { TransactionState } from "../../_hooks/useTransactionFlow.ts";
import { BlockLink, TxLink } from "./AddressLink.tsx";
import { FeeBreakdown } from "./FeeBreakdown.tsx";

/**
 * Where a transaction is: checks, waiting for the wallet, pending, then confirmed with its gas and
 * fees, or failed with the reason in plain words. Announced to screen readers as it changes.
 */
export function TransactionStatus({
  state,
  onDismiss,
  renderResult,
}: {
  state: TransactionState;
  onDismiss?: () => void;
  renderResult?: (result: unknown) => React.ReactNode;
}) {
  if (state.phase === "idle") return <div role="status" aria-live="polite" className="tx-status-empty" />;
  const dismiss = onDismiss ? (
    <button type="button" className="button small ghost" onClick={onDismiss}>
      Dismiss
    </button>
  ) : null;

  if (state.phase === "failed") {
    return (
      <div role="alert" className="tx-status failed">
        <p>
          <strong>Not sent.</strong> {state.error.message}
        </p>
        {dismiss}
      </div>
    );
  }

  const body = (() => {
    switch (state.phase) {
      case "preparing":
        return (
          <p>
            <span className="spinner" aria-hidden="true" /> {state.step}
          </p>
        );
      case "signing":
        return (
          <p>
            <span className="spinner" aria-hidden="true" /> Confirm the transaction in your wallet…
          </p>
        );
      case "pending":
        return (
          <p>
            <span className="spinner" aria-hidden="true" /> Pending: <TxLink hash={state.hash} /> is waiting
            to be mined…
          </p>
        );
      case "confirmed":
      case "reverted":
        return (
          <>
            <p>
              <strong>{state.phase === "confirmed" ? "Confirmed" : "Reverted"}</strong> in block{" "}
              <BlockLink number={state.mined.blockNumber} />: <TxLink hash={state.mined.hash} />
            </p>
            {state.phase === "reverted" ? <p>{state.error.message}</p> : null}
            {state.phase === "confirmed" && state.result !== undefined && renderResult
              ? renderResult(state.result)
              : null}
            <FeeBreakdown
              gasUsed={state.mined.gasUsed}
              effectiveGasPrice={state.mined.effectiveGasPrice}
              baseFeePerGas={state.mined.baseFeePerGas}
              fees={state.mined.fees}
            />
          </>
        );
    }
  })();

  return (
    <div
      role={state.phase === "reverted" ? "alert" : "status"}
      aria-live="polite"
      className={`tx-status ${state.phase}`}
      data-phase={state.phase}
    >
      {body}
      {state.phase === "confirmed" || state.phase === "reverted" ? dismiss : null}
    </div>
  );
}
