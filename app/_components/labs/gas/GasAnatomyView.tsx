"use client";

import type { Hash } from "viem";

import { useGasAnatomy } from "../../../_hooks/useGasAnatomy.ts";
import { useNetwork } from "../../../_hooks/useNetwork.ts";
import { decodeCall } from "../../../_lib/contracts.ts";
import { explainError } from "../../../_lib/errors.ts";
import { formatGwei, formatInteger, formatTimestamp } from "../../../_lib/format.ts";
import { type GasLine, feeLines } from "../../../_lib/gas-anatomy.ts";
import { AddressLink, BlockLink, TxLink } from "../../dapp/AddressLink.tsx";

const PART_CLASS: Record<GasLine["key"], string> = {
  intrinsic: "part-intrinsic",
  calldata: "part-calldata",
  create: "part-create",
  "access-list": "part-calldata",
  storage: "part-storage",
  execution: "part-execution",
  refund: "part-refund",
  floor: "part-floor",
};

/** The positive parts as one bar, each as wide as its share of the gas used. */
function GasBar({ lines, total }: { lines: GasLine[]; total: bigint }) {
  const positive = lines.filter((line) => line.gas > 0n);
  const sum = positive.reduce((acc, line) => acc + line.gas, 0n) || 1n;
  return (
    <div className="gas-bar" aria-hidden="true" title={`${formatInteger(total)} gas`}>
      {positive.map((line) => (
        <span
          key={line.key}
          className={PART_CLASS[line.key]}
          style={{ width: `${Number((line.gas * 10_000n) / sum) / 100}%` }}
        />
      ))}
    </div>
  );
}

/** A transaction's gas taken apart, each part in plain words, then its fee split into burn and tip. */
export function GasAnatomyView({ hash, title }: { hash: Hash; title?: string }) {
  const { chainId } = useNetwork();
  const query = useGasAnatomy(hash);
  if (query.isPending) {
    return (
      <p className="muted" role="status">
        <span className="spinner" aria-hidden="true" /> Tracing <TxLink hash={hash} />…
      </p>
    );
  }
  if (query.isError) {
    return (
      <p className="error" role="alert">
        {explainError(query.error).message}
      </p>
    );
  }
  const { tx, receipt, block, anatomy, traced } = query.data;
  const call = decodeCall(chainId, tx.to, tx.input);
  return (
    <div className="anatomy card" data-anatomy={hash}>
      <h3>{title ?? "Anatomy of a transaction"}</h3>
      <p className="small">
        <TxLink hash={hash} /> from <AddressLink address={tx.from} />{" "}
        {tx.to ? (
          <>
            to <AddressLink address={tx.to} />
          </>
        ) : (
          "creating a contract"
        )}
        {call ? (
          <>
            , calling <code>{call.functionName}</code>
          </>
        ) : null}
        , block <BlockLink number={receipt.blockNumber} /> at {formatTimestamp(block.timestamp)}
        {receipt.status === "reverted" ? (
          <>
            {" "}
            <span className="badge danger">reverted</span>
          </>
        ) : null}
      </p>
      <GasBar lines={anatomy.lines} total={anatomy.gasUsed} />
      <div className="table-scroll">
        <table className="table anatomy-table">
          <caption className="visually-hidden">Where the gas went</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" className="num">
                Gas
              </th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            {anatomy.lines.map((line) => (
              <tr key={line.key} data-part={line.key}>
                <th scope="row">
                  <span className={`swatch ${PART_CLASS[line.key]}`} aria-hidden="true" /> {line.label}
                </th>
                <td className="num">
                  {line.gas < 0n ? `−${formatInteger(-line.gas)}` : formatInteger(line.gas)}
                </td>
                <td className="wrap">
                  {line.explanation}
                  {line.items?.length ? (
                    <ul className="anatomy-items">
                      {line.items.map((item, index) => (
                        <li key={index}>{item}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-part="total">
              <th scope="row">Gas used</th>
              <td className="num">
                <strong>{formatInteger(anatomy.gasUsed)}</strong>
              </td>
              <td className="wrap">
                {anatomy.consistent
                  ? "The parts add up to the gas used in the receipt."
                  : `The parts add up to ${formatInteger(anatomy.totalGas)}, but the receipt says ${formatInteger(anatomy.gasUsed)}: this node's trace does not tell everything.`}
                {traced
                  ? ""
                  : " This node cannot trace transactions, so execution and storage are shown together."}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <dl className="facts fee-lines">
        {feeLines({
          gasUsed: receipt.gasUsed,
          effectiveGasPrice: receipt.effectiveGasPrice,
          baseFeePerGas: block.baseFeePerGas,
        }).map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>
              <strong>{line.amount}</strong> <span className="muted small">{line.explanation}</span>
            </dd>
          </div>
        ))}
      </dl>
      {block.baseFeePerGas !== null ? (
        <p className="small muted">
          This block&apos;s base fee: {formatGwei(block.baseFeePerGas, 6)} per gas.
        </p>
      ) : null}
    </div>
  );
}
