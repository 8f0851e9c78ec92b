"use client";

import { useState } from "react";
import { type Address, type Hash, getAddress } from "viem";
import { useConnection } from "wagmi";

import { useGasAnatomy } from "../../../_hooks/useGasAnatomy.ts";
import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import { formatAmount, formatInteger, shortHex } from "../../../_lib/format.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";
import { QuickBuy } from "../QuickBuy.tsx";
import { GasAnatomyView } from "./GasAnatomyView.tsx";

function freshAddress(): Address {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return getAddress(`0x${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`);
}

function RecipientSlot({ hash, recipient }: { hash: Hash; recipient: Address }) {
  const { data } = useGasAnatomy(hash);
  const slot = data?.anatomy.storage.find((access) => access.name?.endsWith(shortHex(recipient)));
  if (!data) return <span className="muted">…</span>;
  if (!slot) return <span className="muted">not traced on this node</span>;
  return (
    <span data-recipient-slot-gas={String(slot.readGas + slot.writeGas)}>
      <strong>{formatInteger(slot.readGas + slot.writeGas)} gas</strong>{" "}
      <span className="muted">
        ({slot.cold ? "2,100 first touch + " : ""}
        {formatInteger(slot.readGas + slot.writeGas - (slot.cold ? 2_100n : 0n))}{" "}
        {slot.write === "filled" ? "to fill an empty slot" : "to change a stored value"}),{" "}
        {formatInteger(data.anatomy.gasUsed)} in all
      </span>
    </span>
  );
}

/**
 * The same TRIP transfer twice to a brand-new address: the first fills the recipient's empty balance
 * slot (zero → non-zero, 22,100 gas with the cold touch), the second changes it (5,000).
 */
export function SameActionCost({
  token,
  desk,
}: {
  token: TypedContract<"TripToken">;
  desk: TypedContract<"TripExchange">;
}) {
  const connection = useConnection();
  const balance = useLiveQuery(
    ["trip-balance", connection.address],
    (client) =>
      client.readContract({ ...token, functionName: "balanceOf", args: [connection.address as Address] }),
    { enabled: Boolean(connection.address) },
  );
  const amount = useAmountField({ decimals: 18, symbol: "TRIP", balance: balance.data }, "1");
  const [recipient, setRecipient] = useState<Address>();
  const [sent, setSent] = useState<Hash[]>([]);
  const flow = useWriteFlow();

  const send = async (to: Address, first: boolean) => {
    const value = amount.take();
    if (value === undefined) return;
    if (first) {
      setRecipient(to);
      setSent([]);
    }
    const hash = await flow.write({
      contractName: "TripToken",
      address: token.address,
      abi: token.abi,
      functionName: "transfer",
      args: [to, value],
    });
    if (hash) setSent((previous) => [...previous, hash]);
  };
  const [first, second] = sent;

  return (
    <div className="stack">
      {balance.data === 0n ? <QuickBuy desk={desk} eth="0.005" /> : null}
      <form
        className="row align-end"
        onSubmit={(event) => {
          event.preventDefault();
          void send(freshAddress(), true);
        }}
        noValidate
      >
        <AmountField
          label="TRIP to send each time"
          hint={balance.data !== undefined ? `You hold ${formatAmount(balance.data, 18)} TRIP.` : undefined}
          {...amount.field}
        />
        <button type="submit" className="button" disabled={flow.busy || !connection.address}>
          1. Send to a new address
        </button>
        <button
          type="button"
          className="button ghost"
          disabled={flow.busy || !recipient || !first}
          onClick={() => recipient && void send(recipient, false)}
        >
          2. Send again to the same address
        </button>
      </form>
      {recipient ? (
        <p className="small">
          Recipient: <span className="hex">{recipient}</span>, an address made up just now that has never held
          TRIP.
        </p>
      ) : null}
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
      {first && recipient ? (
        <dl className="facts comparison">
          <div>
            <dt>First transfer: the recipient&apos;s balance slot goes zero → non-zero</dt>
            <dd>
              <RecipientSlot hash={first} recipient={recipient} />
            </dd>
          </div>
          <div>
            <dt>Second transfer: the slot already holds a value</dt>
            <dd>
              {second ? (
                <RecipientSlot hash={second} recipient={recipient} />
              ) : (
                <span className="muted">Send again to see it.</span>
              )}
            </dd>
          </div>
        </dl>
      ) : null}
      {first && second ? (
        <p className="small">
          Both touches are cold (2,100 each): every transaction starts with no storage slot warm (EIP-2929).
          What differs is the write: filling an empty slot costs 20,000, because every node must keep a new
          value forever; changing a stored one costs 2,900.
        </p>
      ) : null}
      <div className="anatomy-pair">
        {first ? <GasAnatomyView hash={first} title="First transfer" /> : null}
        {second ? <GasAnatomyView hash={second} title="Second transfer" /> : null}
      </div>
    </div>
  );
}
