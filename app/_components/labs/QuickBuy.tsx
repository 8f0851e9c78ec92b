"use client";

import { parseEther } from "viem";

import { useDeskRate } from "../../_hooks/useDeskRate.ts";
import type { TypedContract } from "../../_hooks/useLabContracts.ts";
import { useWriteFlow } from "../../_hooks/useWriteFlow.ts";
import { formatAmount } from "../../_lib/format.ts";
import { TransactionStatus } from "../dapp/TransactionStatus.tsx";

/** For a visitor without TRIP: buy a little at the desk right here, at its rate. */
export function QuickBuy({ desk, eth }: { desk: TypedContract<"TripExchange">; eth: string }) {
  const flow = useWriteFlow();
  const rate = useDeskRate(desk);
  const value = parseEther(eth);
  return (
    <div className="card row">
      <p>You hold no TRIP yet.</p>
      <button
        type="button"
        className="button ghost"
        disabled={flow.busy}
        onClick={() =>
          void flow.write({
            contractName: "TripExchange",
            address: desk.address,
            abi: desk.abi,
            functionName: "buy",
            args: [],
            value,
          })
        }
      >
        Buy {rate === undefined ? "" : `${formatAmount(value * rate, 18)} `}TRIP for {eth} ETH
      </button>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </div>
  );
}
