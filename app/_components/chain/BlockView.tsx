"use client";

import Link from "next/link";

import { useBlockWithReceipts } from "../../_hooks/useChainData.ts";
import { formatEth, formatGwei, formatInteger } from "../../_lib/format.ts";
import { AddressLink, TxLink } from "../dapp/AddressLink.tsx";
import { Age } from "./Age.tsx";
import { CallSummary } from "./CallSummary.tsx";
import { GasMeter } from "./GasMeter.tsx";
import { QueryFallback } from "./QueryFallback.tsx";
import { StatusBadge } from "./StatusBadge.tsx";

/** One block: its header, then its transactions in the order the builder put them. */
export function BlockView({ number }: { number: bigint }) {
  const query = useBlockWithReceipts(number);
  const heading = <h1>Block #{number.toString()}</h1>;
  if (!query.data) {
    return (
      <QueryFallback
        heading={heading}
        query={query}
        subject="this block"
        missing={
          <p>
            This block does not exist yet. <Link href="/chain">See the latest blocks</Link>.
          </p>
        }
      />
    );
  }

  const { block, receipts, latest } = query.data;
  const baseFee = block.baseFeePerGas;
  return (
    <>
      {heading}
      <nav className="page-nav" aria-label="Neighbouring blocks">
        {number > 0n ? (
          <Link href={`/chain/block/${number - 1n}`}>← Block #{(number - 1n).toString()}</Link>
        ) : (
          <span />
        )}
        {number < latest ? (
          <Link href={`/chain/block/${number + 1n}`}>Block #{(number + 1n).toString()} →</Link>
        ) : null}
      </nav>
      <dl className="facts card">
        <div>
          <dt>Time</dt>
          <dd>
            <Age timestamp={block.timestamp} />
          </dd>
        </div>
        <div>
          <dt>Transactions</dt>
          <dd>{block.transactions.length}</dd>
        </div>
        <div>
          <dt>Gas used vs target</dt>
          <dd>
            <GasMeter gasUsed={block.gasUsed} gasLimit={block.gasLimit} />
          </dd>
        </div>
        <div>
          <dt>Gas limit</dt>
          <dd>{formatInteger(block.gasLimit)}</dd>
        </div>
        <div>
          <dt>Base fee per gas</dt>
          <dd>{baseFee !== null ? formatGwei(baseFee) : "none (before London)"}</dd>
        </div>
        <div>
          <dt>Burned in this block</dt>
          <dd>{baseFee !== null ? formatEth(block.gasUsed * baseFee, 8) : "–"}</dd>
        </div>
        <div>
          <dt>Fee recipient</dt>
          <dd>
            <AddressLink address={block.miner} />
          </dd>
        </div>
        <div>
          <dt>Hash</dt>
          <dd className="hex">{block.hash}</dd>
        </div>
      </dl>

      <h2 className="section-title">Transactions, in block order</h2>
      {block.transactions.length === 0 ? (
        <p className="muted">No transactions: an empty block.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Transactions in this block" tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Transaction</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Function</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col" className="num">
                  Tip per gas
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {block.transactions.map((tx, index) => {
                const receipt = receipts[index];
                const tip =
                  baseFee !== null ? receipt.effectiveGasPrice - baseFee : receipt.effectiveGasPrice;
                return (
                  <tr key={tx.hash}>
                    <td className="num">{index}</td>
                    <td>
                      <TxLink hash={tx.hash} />
                    </td>
                    <td>
                      <AddressLink address={tx.from} />
                    </td>
                    <td>
                      {tx.to ? (
                        <AddressLink address={tx.to} />
                      ) : receipt.contractAddress ? (
                        <AddressLink address={receipt.contractAddress} />
                      ) : (
                        "–"
                      )}
                    </td>
                    <td>
                      <CallSummary to={tx.to} input={tx.input} />
                    </td>
                    <td className="num">{formatEth(tx.value)}</td>
                    <td className="num">{formatGwei(tip)}</td>
                    <td>
                      <StatusBadge status={receipt.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
