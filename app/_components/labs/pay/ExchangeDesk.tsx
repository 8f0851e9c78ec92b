"use client";

import type { FormEvent } from "react";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useDeskRate } from "../../../_hooks/useDeskRate.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import { formatAmount, formatInteger } from "../../../_lib/format.ts";
import { explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";

const explain = (error: unknown) => explainLabError(error, [tokenExplainer]);

/**
 * The exchange desk: buy TRIP with ETH at the desk's fixed rate, or sell it back for ETH in one
 * `transferAndCall` (no approval needed).
 */
export function ExchangeDesk({
  token,
  desk,
  balances,
}: {
  token: TypedContract<"TripToken">;
  desk: TypedContract<"TripExchange">;
  balances: { eth: bigint; trip: bigint } | undefined;
}) {
  const rate = useDeskRate(desk);
  const buyAmount = useAmountField({ decimals: 18, symbol: "ETH", balance: balances?.eth }, "0.1");
  const sellAmount = useAmountField(
    { decimals: 18, symbol: "TRIP", balance: balances?.trip, multipleOf: rate },
    "",
  );
  const buyFlow = useWriteFlow();
  const sellFlow = useWriteFlow();

  const buy = (event: FormEvent) => {
    event.preventDefault();
    const value = buyAmount.take();
    if (value === undefined) return;
    void buyFlow.write({
      contractName: "TripExchange",
      address: desk.address,
      abi: desk.abi,
      functionName: "buy",
      args: [],
      value,
      explain,
    });
  };
  const sell = (event: FormEvent) => {
    event.preventDefault();
    const amount = sellAmount.take();
    if (amount === undefined) return;
    void sellFlow.write({
      contractName: "TripToken",
      address: token.address,
      abi: token.abi,
      functionName: "transferAndCall",
      args: [desk.address, amount],
      explain,
    });
  };

  return (
    <div className="stack">
      <p>
        Rate: <strong>1 ETH = {rate === undefined ? "…" : formatInteger(rate)} TRIP</strong>, fixed when the
        desk was deployed. Every TRIP is minted against the ETH paid for it, and the desk always holds enough
        ETH to buy all of it back.
      </p>
      <div className="lab-columns even">
        <form className="lab-form" onSubmit={buy} noValidate aria-labelledby="buy-heading">
          <h3 id="buy-heading">Buy TRIP</h3>
          <AmountField
            label="ETH to pay"
            hint={
              buyAmount.result.ok && rate !== undefined
                ? `You get ${formatAmount(buyAmount.result.value * rate, 18)} TRIP, plus gas in ETH.`
                : undefined
            }
            {...buyAmount.field}
          />
          <button type="submit" className="button" disabled={buyFlow.busy}>
            Buy TRIP
          </button>
          <TransactionStatus state={buyFlow.state} onDismiss={buyFlow.reset} />
        </form>
        <form className="lab-form" onSubmit={sell} noValidate aria-labelledby="sell-heading">
          <h3 id="sell-heading">Sell TRIP back</h3>
          <AmountField
            label="TRIP to sell"
            hint={
              sellAmount.result.ok && rate
                ? `You get ${formatAmount(sellAmount.result.value / rate, 18, 18)} ETH, in one transaction: TRIP's transferAndCall pays the desk and lets it react at once.`
                : "Sent with transferAndCall: one transaction, no approval first."
            }
            {...sellAmount.field}
          />
          <button type="submit" className="button" disabled={sellFlow.busy}>
            Sell TRIP
          </button>
          <TransactionStatus state={sellFlow.state} onDismiss={sellFlow.reset} />
        </form>
      </div>
    </div>
  );
}
