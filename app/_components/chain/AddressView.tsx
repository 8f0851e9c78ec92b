"use client";

import Link from "next/link";
import type { Abi, AbiFunction, Address } from "viem";
import { useBalance, useBytecode, useReadContracts, useTransactionCount } from "wagmi";

import { localAccounts } from "../../_generated/contracts.ts";
import { ADDRESS_SCAN_BLOCKS, useAddressActivity } from "../../_hooks/useChainData.ts";
import { useDeployment } from "../../_hooks/useDeployment.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";
import { type DeployedContract, nameOf } from "../../_lib/contracts.ts";
import { formatAmount, formatEth, formatInteger } from "../../_lib/format.ts";
import { isLocalChain } from "../../_lib/network.ts";
import { AddressLink, BlockLink, TxLink } from "../dapp/AddressLink.tsx";
import { CopyButton } from "../dapp/CopyButton.tsx";
import { Age } from "./Age.tsx";
import { CallSummary } from "./CallSummary.tsx";

function hasFunction(abi: Abi, name: string, inputs: string[]): boolean {
  return abi.some(
    (item): item is AbiFunction =>
      item.type === "function" &&
      item.name === name &&
      item.inputs.length === inputs.length &&
      item.inputs.every((input, index) => input.type === inputs[index]),
  );
}

/** Balances in every deployed Wayfare token: ERC-20s and vault shares with decimals, NFTs as counts. */
function TokenBalances({ address, contracts }: { address: Address; contracts: DeployedContract[] }) {
  const tokens = contracts.filter((contract) => hasFunction(contract.abi, "balanceOf", ["address"]));
  const calls = tokens.flatMap((token) => [
    { address: token.address, abi: token.abi, functionName: "balanceOf", args: [address] },
    ...(hasFunction(token.abi, "symbol", [])
      ? [{ address: token.address, abi: token.abi, functionName: "symbol" }]
      : []),
    ...(hasFunction(token.abi, "decimals", [])
      ? [{ address: token.address, abi: token.abi, functionName: "decimals" }]
      : []),
  ]);
  const reads = useReadContracts({ contracts: calls, query: { refetchInterval: 2_000 } });
  let cursor = 0;
  return (
    <>
      {tokens.map((token) => {
        const balance = reads.data?.[cursor++]?.result as bigint | undefined;
        const symbol = hasFunction(token.abi, "symbol", [])
          ? (reads.data?.[cursor++]?.result as string | undefined)
          : undefined;
        const decimals = hasFunction(token.abi, "decimals", [])
          ? (reads.data?.[cursor++]?.result as number | undefined)
          : undefined;
        return (
          <div className="value-card" key={token.address} data-balance={token.name}>
            <h3>{symbol ?? token.name}</h3>
            <span>
              {balance === undefined
                ? "…"
                : decimals !== undefined
                  ? formatAmount(balance, decimals)
                  : `${formatInteger(balance)} ${balance === 1n ? "token" : "tokens"}`}
            </span>
          </div>
        );
      })}
    </>
  );
}

/** An address: who it is, what it holds, and its recent transactions. */
export function AddressView({ address }: { address: Address }) {
  const network = useNetwork();
  const deployment = useDeployment();
  const balance = useBalance({ address, query: { refetchInterval: 2_000 } });
  const nonce = useTransactionCount({ address, query: { refetchInterval: 2_000 } });
  const code = useBytecode({ address });
  const activity = useAddressActivity(address);
  const name = nameOf(network.chainId, address);
  const contract = deployment.contracts.find((candidate) => candidate.address === address);
  const account = isLocalChain(network.chainId)
    ? localAccounts.find((entry) => entry.address === address)
    : undefined;
  const isContract = Boolean(code.data && code.data !== "0x");

  return (
    <>
      <h1>{name ?? (isContract ? "Contract" : "Address")}</h1>
      <p className="address-line">
        <span className="hex">{address}</span>
        <CopyButton text={address} label="Copy address" />
      </p>
      {account ? (
        <p className="muted">
          Demo account: {account.role}. <span className="badge warning">public test key</span>
        </p>
      ) : null}
      {contract ? (
        <p>
          Wayfare&apos;s {contract.name} contract.{" "}
          <Link href={`/console?contract=${encodeURIComponent(contract.name)}`}>Open it in the console</Link>.
        </p>
      ) : isContract ? (
        <p className="muted">A contract that is not part of Wayfare.</p>
      ) : null}

      <h2 className="section-title">Balances</h2>
      <div className="balances">
        <div className="value-card" data-balance="ETH">
          <h3>ETH</h3>
          <span>{balance.data ? formatEth(balance.data.value) : balance.isError ? "unavailable" : "…"}</span>
        </div>
        <TokenBalances address={address} contracts={deployment.contracts} />
        {!isContract ? (
          <div className="value-card">
            <h3>Transactions sent</h3>
            <span>{nonce.data ?? "…"}</span>
          </div>
        ) : null}
      </div>

      <h2 className="section-title">Recent transactions</h2>
      {!activity.data ? (
        <p className="muted">
          {activity.isError ? "Could not read the chain: the node did not answer." : "Looking…"}
        </p>
      ) : activity.data.transactions.length === 0 ? (
        <p className="muted">
          None in the last {formatInteger(ADDRESS_SCAN_BLOCKS)} blocks (blocks #
          {activity.data.scannedFrom.toString()}–#
          {activity.data.latest.toString()}).
        </p>
      ) : (
        <>
          <p className="muted small">
            From blocks #{activity.data.scannedFrom.toString()}–#{activity.data.latest.toString()}, newest
            first (the explorer reads the chain directly; it keeps no index).
          </p>
          <div className="table-scroll" role="region" aria-label="Recent transactions" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Block</th>
                  <th scope="col">Time</th>
                  <th scope="col">Transaction</th>
                  <th scope="col">Direction</th>
                  <th scope="col">Counterparty</th>
                  <th scope="col">Function</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {activity.data.transactions.map(({ tx, blockTimestamp }) => {
                  const outgoing = tx.from.toLowerCase() === address.toLowerCase();
                  const counterparty = outgoing ? tx.to : tx.from;
                  return (
                    <tr key={tx.hash}>
                      <td>{tx.blockNumber !== null ? <BlockLink number={tx.blockNumber} /> : "pending"}</td>
                      <td>
                        <Age timestamp={blockTimestamp} />
                      </td>
                      <td>
                        <TxLink hash={tx.hash} />
                      </td>
                      <td>{outgoing ? "out" : "in"}</td>
                      <td>{counterparty ? <AddressLink address={counterparty} /> : "new contract"}</td>
                      <td>
                        <CallSummary to={tx.to} input={tx.input} />
                      </td>
                      <td className="num">{formatEth(tx.value)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
