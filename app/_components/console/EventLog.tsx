"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AbiEvent } from "viem";
import { useBlockNumber, usePublicClient } from "wagmi";

import { useNetwork } from "../../_hooks/useNetwork.ts";
import type { DeployedContract } from "../../_lib/contracts.ts";
import { isLocalChain } from "../../_lib/network.ts";
import { BlockLink, TxLink } from "../dapp/AddressLink.tsx";
import { ValueView } from "./ValueView.tsx";

/** How many of the newest events the console lists. */
const SHOWN_EVENTS = 25;
/** On public networks, look this many blocks back (RPC providers limit log ranges). */
const REMOTE_LOOKBACK_BLOCKS = 5_000n;

/** The contract's events, newest first, decoded with its ABI, updated at every block. */
export function EventLog({ contract, enabled }: { contract: DeployedContract; enabled: boolean }) {
  const network = useNetwork();
  const client = usePublicClient();
  const { data: blockNumber } = useBlockNumber({ watch: enabled });
  const events = useQuery({
    queryKey: ["wayfare", "events", network.chainId, contract.address, blockNumber],
    enabled: enabled && Boolean(client) && blockNumber !== undefined,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const toBlock = blockNumber!;
      const fromBlock =
        isLocalChain(network.chainId) || toBlock < REMOTE_LOOKBACK_BLOCKS
          ? 0n
          : toBlock - REMOTE_LOOKBACK_BLOCKS;
      const logs = await client!.getContractEvents({
        address: contract.address,
        abi: contract.abi,
        fromBlock,
        toBlock,
      });
      return logs.reverse().slice(0, SHOWN_EVENTS);
    },
  });

  const eventsByName = new Map(
    contract.abi
      .filter((item): item is AbiEvent => item.type === "event")
      .map((event) => [event.name, event]),
  );

  if (!enabled) return <p className="muted">Events appear here once the contract is reachable.</p>;
  if (events.isError) return <p className="error">Could not read the events: the node did not answer.</p>;
  if (!events.data) return <p className="muted">Loading events…</p>;
  if (events.data.length === 0)
    return <p className="muted">No events yet. They appear here as soon as one is emitted.</p>;
  return (
    <div className="table-scroll" role="region" aria-label={`${contract.name} events`} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">Event</th>
            <th scope="col">Values</th>
            <th scope="col">Transaction</th>
          </tr>
        </thead>
        <tbody>
          {events.data.map((log) => {
            const abiEvent = log.eventName ? eventsByName.get(log.eventName) : undefined;
            const args = (log.args ?? {}) as Record<string, unknown> | unknown[];
            const values = abiEvent
              ? abiEvent.inputs.map((input, index) =>
                  Array.isArray(args) ? args[index] : (args as Record<string, unknown>)[input.name ?? ""],
                )
              : [];
            return (
              <tr key={`${log.transactionHash}-${log.logIndex}`}>
                <td>{log.blockNumber !== null ? <BlockLink number={log.blockNumber} /> : "pending"}</td>
                <td>
                  <strong>{log.eventName ?? "unknown"}</strong>
                </td>
                <td className="wrap">
                  {abiEvent ? <ValueView params={abiEvent.inputs} values={values} /> : null}
                </td>
                <td>{log.transactionHash ? <TxLink hash={log.transactionHash} /> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
