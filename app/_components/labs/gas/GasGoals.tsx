"use client";

import type { Address } from "viem";
import { useConnection } from "wagmi";

import { useAddressActivity } from "../../../_hooks/useChainData.ts";
import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { formatInteger } from "../../../_lib/format.ts";
import { type Goal, GoalsChecklist } from "../GoalsChecklist.tsx";

/** How many of the visitor's newest transactions are checked for a risen base fee. */
const RECENT_TRANSACTIONS = 10;

/** The gas lab's goals, from the visitor's transactions and TRIP transfers on chain. */
export function GasGoals({ token }: { token: TypedContract<"TripToken"> }) {
  const connection = useConnection();
  const address = connection.address as Address | undefined;
  const activity = useAddressActivity(address ?? "0x0000000000000000000000000000000000000000");

  const transfers = useLiveQuery(
    ["gas-goals-transfers", address],
    async (client) => {
      const logs = await client.getContractEvents({
        address: token.address,
        abi: token.abi,
        eventName: "Transfer",
        args: { from: address },
        fromBlock: 0n,
      });
      let filled: bigint | undefined;
      let changed: bigint | undefined;
      // A transfer filled an empty slot when the recipient held nothing in the block before it.
      for (const log of logs.slice(-20)) {
        const to = log.args.to!;
        if (to.toLowerCase() === address!.toLowerCase() || log.blockNumber === 0n) continue;
        const before = await client.readContract({
          ...token,
          functionName: "balanceOf",
          args: [to],
          blockNumber: log.blockNumber - 1n,
        });
        if (before === 0n) filled = log.blockNumber;
        else changed = log.blockNumber;
      }
      return { filled, changed };
    },
    { enabled: Boolean(address) },
  );

  const sent = activity.data?.transactions.filter(
    (entry) => entry.tx.from.toLowerCase() === address?.toLowerCase(),
  );
  const afterFullBlock = useLiveQuery(
    ["gas-goals-risen", address, sent?.map((entry) => entry.tx.hash).join()],
    async (client) => {
      for (const { tx } of (sent ?? []).slice(0, RECENT_TRANSACTIONS)) {
        if (!tx.blockNumber) continue;
        const parent = await client.getBlock({ blockNumber: tx.blockNumber - 1n });
        if (parent.gasUsed * 2n > parent.gasLimit) return tx.blockNumber;
      }
      return null;
    },
    { enabled: Boolean(address && sent) },
  );

  const goals: Goal[] = [
    {
      id: "sent",
      label: "Send a transaction and take it apart",
      done: sent === undefined ? undefined : sent.length > 0,
      detail: sent?.length ? `${formatInteger(sent.length)} sent from this address recently.` : undefined,
    },
    {
      id: "filled-slot",
      label: "Send TRIP to an address that held none (its balance slot goes zero → non-zero)",
      done: transfers.data ? transfers.data.filled !== undefined : undefined,
      detail: transfers.data?.filled !== undefined ? `In block #${transfers.data.filled}.` : undefined,
    },
    {
      id: "changed-slot",
      label: "Send TRIP to an address that already held some (non-zero → non-zero)",
      done: transfers.data ? transfers.data.changed !== undefined : undefined,
      detail: transfers.data?.changed !== undefined ? `In block #${transfers.data.changed}.` : undefined,
    },
    {
      id: "risen-base-fee",
      label: "Send a transaction right after a block above its target, at a risen base fee",
      done: afterFullBlock.data === undefined ? undefined : afterFullBlock.data !== null,
      detail: afterFullBlock.data ? `In block #${afterFullBlock.data}.` : undefined,
    },
  ];
  return <GoalsChecklist goals={goals} />;
}
