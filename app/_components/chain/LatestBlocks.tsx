"use client";

import { useLatestBlocks } from "../../_hooks/useChainData.ts";
import { formatGwei } from "../../_lib/format.ts";
import { BlockLink } from "../dapp/AddressLink.tsx";
import { Age } from "./Age.tsx";
import { GasMeter } from "./GasMeter.tsx";

/** The newest blocks, live: number, age, transactions, gas used against target, base fee. */
export function LatestBlocks() {
  const blocks = useLatestBlocks();
  if (blocks.isError && !blocks.data)
    return <p className="error">Could not read blocks: the node did not answer.</p>;
  if (!blocks.data) return <p className="muted">Loading the latest blocks…</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Latest blocks" tabIndex={0}>
      <table className="table" data-testid="latest-blocks">
        <caption>Latest blocks</caption>
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">Time</th>
            <th scope="col" className="num">
              Transactions
            </th>
            <th scope="col">Gas used vs target</th>
            <th scope="col" className="num">
              Base fee
            </th>
          </tr>
        </thead>
        <tbody>
          {blocks.data.map((block) => (
            <tr key={block.hash}>
              <td>
                <BlockLink number={block.number!} />
              </td>
              <td>
                <Age timestamp={block.timestamp} />
              </td>
              <td className="num">{block.transactions.length}</td>
              <td>
                <GasMeter gasUsed={block.gasUsed} gasLimit={block.gasLimit} />
              </td>
              <td className="num">{block.baseFeePerGas !== null ? formatGwei(block.baseFeePerGas) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
