"use client";

import { type FormEvent, useId, useState } from "react";
import { type Hash, type Transaction, isHex } from "viem";
import { useConnection } from "wagmi";

import { useAddressActivity } from "../../../_hooks/useChainData.ts";
import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { useNetwork } from "../../../_hooks/useNetwork.ts";
import { decodeCall, nameOf } from "../../../_lib/contracts.ts";
import { shortHex } from "../../../_lib/format.ts";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";

/** How many recent transactions of the chain are offered as samples. */
const SAMPLES = 8;
const SAMPLE_BLOCKS = 16n;

function describe(chainId: number, tx: Transaction): string {
  const call = decodeCall(chainId, tx.to, tx.input);
  const to = tx.to ? (nameOf(chainId, tx.to) ?? shortHex(tx.to)) : "a new contract";
  const from = nameOf(chainId, tx.from) ?? shortHex(tx.from);
  return `${from} → ${to}${call ? `: ${call.functionName}` : tx.input === "0x" ? ": ETH payment" : ""}`;
}

function TransactionOptions({
  transactions,
  selected,
  onSelect,
}: {
  transactions: { tx: Transaction }[];
  selected: Hash | undefined;
  onSelect(hash: Hash): void;
}) {
  const { chainId } = useNetwork();
  return (
    <ul className="tx-options">
      {transactions.map(({ tx }) => (
        <li key={tx.hash}>
          <button
            type="button"
            className="button small ghost"
            aria-pressed={selected === tx.hash}
            onClick={() => onSelect(tx.hash)}
          >
            <span>{describe(chainId, tx)}</span>
            <span className="hex muted">
              #{tx.blockNumber?.toString()} {shortHex(tx.hash, 4)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One of the visitor's transactions, a recent one from the chain, or any hash pasted in. */
export function TransactionPicker({
  selected,
  onSelect,
}: {
  selected: Hash | undefined;
  onSelect(hash: Hash): void;
}) {
  const connection = useConnection();
  const mine = useAddressActivity(connection.address ?? "0x0000000000000000000000000000000000000000");
  const recent = useLiveQuery(["recent-transactions"], async (client, latest) => {
    const oldest = latest >= SAMPLE_BLOCKS ? latest - SAMPLE_BLOCKS + 1n : 0n;
    const blocks = await Promise.all(
      Array.from({ length: Number(latest - oldest) + 1 }, (_, i) =>
        client.getBlock({ blockNumber: latest - BigInt(i), includeTransactions: true }),
      ),
    );
    return blocks
      .flatMap((block) => [...block.transactions].reverse().map((tx) => ({ tx })))
      .slice(0, SAMPLES);
  });
  const [pasted, setPasted] = useState("");
  const [problem, setProblem] = useState<string>();
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hash = pasted.trim();
    if (!isHex(hash) || hash.length !== 66) {
      setProblem("A transaction hash is 0x followed by 64 hexadecimal digits.");
      return;
    }
    setProblem(undefined);
    onSelect(hash);
  };

  const yours = connection.address ? (mine.data?.transactions ?? []).slice(0, SAMPLES) : [];
  return (
    <div className="stack">
      <div>
        <h3 className="small-heading">Your transactions</h3>
        {!connection.address ? (
          <p className="muted">Connect a wallet to pick one of yours.</p>
        ) : yours.length === 0 ? (
          <p className="muted">
            {mine.isPending ? "Looking…" : "None yet: send one below, or pick a sample."}
          </p>
        ) : (
          <TransactionOptions transactions={yours} selected={selected} onSelect={onSelect} />
        )}
      </div>
      <div>
        <h3 className="small-heading">Recent transactions on the chain</h3>
        {recent.data?.length ? (
          <TransactionOptions transactions={recent.data} selected={selected} onSelect={onSelect} />
        ) : (
          <p className="muted">{recent.isPending ? "Looking…" : "No transactions in the latest blocks."}</p>
        )}
      </div>
      <form className="field" onSubmit={submit} noValidate>
        <label htmlFor={id}>Or paste a transaction hash</label>
        <div className="row">
          <input
            id={id}
            className="grow mono"
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            placeholder="0x…"
            {...invalidFieldProps(id, problem)}
          />
          <button type="submit" className="button ghost">
            Take it apart
          </button>
        </div>
        <FieldError fieldId={id} error={problem} />
      </form>
    </div>
  );
}
