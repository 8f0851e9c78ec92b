"use client";

import type { PaymentReceipt } from "../../../_hooks/usePayments.ts";
import { formatAmount, formatEth, formatTimestamp } from "../../../_lib/format.ts";
import { AddressLink, TxLink } from "../../dapp/AddressLink.tsx";

/** A receipt per payment: amount, merchant, time, who paid the gas, and the transaction on /chain. */
export function Receipts({
  receipts,
  connected,
}: {
  receipts: PaymentReceipt[] | undefined;
  connected: boolean;
}) {
  if (!connected) return <p className="muted">Connect a wallet to see your receipts.</p>;
  if (!receipts) return <p className="muted">Reading your payments from the chain…</p>;
  if (receipts.length === 0) return <p className="muted">No payments to a merchant yet.</p>;
  return (
    <ul className="receipt-list">
      {receipts.map((receipt) => (
        <li
          key={`${receipt.hash}`}
          className="card receipt"
          data-receipt={receipt.gasless ? "gasless" : "direct"}
        >
          <p>
            <strong>{formatAmount(receipt.amount, 18)} TRIP</strong> to {receipt.merchant.shop}{" "}
            <AddressLink address={receipt.merchant.address} />
          </p>
          <p className="small">
            {formatTimestamp(receipt.timestamp)} · {receipt.gasless ? "by signature" : "directly"} · gas{" "}
            {formatEth(receipt.gasFee, 8)} paid by {receipt.gasless ? receipt.merchant.shop : "you"}
          </p>
          <p className="small">
            Transaction <TxLink hash={receipt.hash} /> in block #{receipt.blockNumber.toString()}
          </p>
        </li>
      ))}
    </ul>
  );
}
