"use client";

import type { AbiParameter } from "viem";

import { useRevertReason, useTransactionDetails } from "../../_hooks/useChainData.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";
import { functionSignature } from "../../_lib/abi-values.ts";
import { decodeCall, decodeLog } from "../../_lib/contracts.ts";
import { explainError } from "../../_lib/errors.ts";
import { feeBreakdown } from "../../_lib/fees.ts";
import { formatEth, formatInteger } from "../../_lib/format.ts";
import { AddressLink, BlockLink } from "../dapp/AddressLink.tsx";
import { FeeBreakdown } from "../dapp/FeeBreakdown.tsx";
import { ValueView } from "../console/ValueView.tsx";
import { Age } from "./Age.tsx";
import { QueryFallback } from "./QueryFallback.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

function argsAsList(inputs: readonly AbiParameter[], args: unknown): unknown[] {
  if (Array.isArray(args)) return args;
  const record = (args ?? {}) as Record<string, unknown>;
  return inputs.map((input, index) => record[input.name ?? ""] ?? record[index]);
}

/** One transaction: what it did (decoded input), what it emitted (decoded logs), what it cost. */
export function TransactionView({ hash }: { hash: `0x${string}` }) {
  const { chainId, name } = useNetwork();
  const query = useTransactionDetails(hash);
  const revert = useRevertReason(query.data);
  const heading = <h1>Transaction</h1>;

  if (!query.data) {
    return (
      <QueryFallback
        heading={heading}
        query={query}
        subject="this transaction"
        missing={
          <>
            <p className="hex">{hash}</p>
            <p>
              {name} has no transaction with this hash. A local node forgets every transaction when it
              restarts.
            </p>
          </>
        }
      />
    );
  }

  const { tx, receipt, block } = query.data;
  const decoded = decodeCall(chainId, tx.to, tx.input);
  const status = receipt ? receipt.status : "pending";
  return (
    <>
      {heading}
      <p className="hex">{hash}</p>
      <dl className="facts card">
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={status} />
          </dd>
        </div>
        <div>
          <dt>Block</dt>
          <dd>
            {receipt ? (
              <>
                <BlockLink number={receipt.blockNumber} />, position {receipt.transactionIndex}
                {block ? (
                  <>
                    {" "}
                    · <Age timestamp={block.timestamp} />
                  </>
                ) : null}
              </>
            ) : (
              "waiting to be mined"
            )}
          </dd>
        </div>
        <div>
          <dt>From</dt>
          <dd>
            <AddressLink address={tx.from} full />
          </dd>
        </div>
        <div>
          <dt>{tx.to ? "To" : "Created contract"}</dt>
          <dd>
            {tx.to ? (
              <AddressLink address={tx.to} full />
            ) : receipt?.contractAddress ? (
              <AddressLink address={receipt.contractAddress} full />
            ) : (
              "–"
            )}
          </dd>
        </div>
        <div>
          <dt>Value</dt>
          <dd>{formatEth(tx.value, 8)}</dd>
        </div>
        <div>
          <dt>Nonce · type</dt>
          <dd>
            {tx.nonce} · {tx.type}
          </dd>
        </div>
        <div>
          <dt>Gas limit</dt>
          <dd>{formatInteger(tx.gas)}</dd>
        </div>
      </dl>

      {revert.data ? (
        <p role="alert" className="banner danger">
          {explainError(revert.data, { functionName: decoded?.functionName }).message}
        </p>
      ) : null}

      {receipt ? (
        <>
          <h2 className="section-title">Cost</h2>
          <div className="card">
            <FeeBreakdown
              gasUsed={receipt.gasUsed}
              effectiveGasPrice={receipt.effectiveGasPrice}
              baseFeePerGas={block?.baseFeePerGas ?? null}
              fees={feeBreakdown({ ...receipt, baseFeePerGas: block?.baseFeePerGas })}
            />
          </div>
        </>
      ) : null}

      <h2 className="section-title">Input</h2>
      <div className="card stack">
        {decoded ? (
          <>
            <p>
              <code>{functionSignature(decoded.abiItem)}</code>
            </p>
            <ValueView params={decoded.abiItem.inputs} values={decoded.args} emptyText="No arguments." />
          </>
        ) : !tx.to ? (
          <p>Contract creation ({formatInteger((tx.input.length - 2) / 2)} bytes of init code).</p>
        ) : tx.input === "0x" ? (
          <p>No input: a plain ETH transfer.</p>
        ) : (
          <p>Not a function of any Wayfare contract.</p>
        )}
        {tx.input !== "0x" ? (
          <details>
            <summary>Raw input ({formatInteger((tx.input.length - 2) / 2)} bytes)</summary>
            <p className="hex small">{tx.input}</p>
          </details>
        ) : null}
      </div>

      {receipt ? (
        <>
          <h2 className="section-title">Logs ({receipt.logs.length})</h2>
          {receipt.logs.length === 0 ? <p className="muted">No events emitted.</p> : null}
          <ol className="stack" style={{ paddingLeft: 0, listStyle: "none" }}>
            {receipt.logs.map((log) => {
              const event = decodeLog(chainId, log);
              return (
                <li key={log.logIndex} className="log stack">
                  <p>
                    <strong>{event ? event.eventName : "Unknown event"}</strong>{" "}
                    <span className="muted small">
                      #{log.logIndex} from <AddressLink address={log.address} />
                    </span>
                  </p>
                  {event ? (
                    <ValueView
                      params={event.abiItem.inputs}
                      values={argsAsList(event.abiItem.inputs, event.args)}
                    />
                  ) : (
                    <p className="hex small">
                      topics: {log.topics.join(", ")}
                      <br />
                      data: {log.data}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </>
  );
}
