"use client";

import { useState } from "react";
import type { Address, Hash } from "viem";
import { useConfig } from "wagmi";
import { sendTransaction } from "wagmi/actions";

import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { useWalletReady } from "../../../_hooks/useWalletReady.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useTransactionFlow } from "../../../_hooks/useTransactionFlow.ts";
import { nextBaseFee } from "../../../_lib/base-fee.ts";
import {
  CONGESTION_BLOCKS,
  baseFeesAfterFullBlocks,
  blockFillingGasLimits,
  fillBlocks,
} from "../../../_lib/congestion.ts";
import { explainError } from "../../../_lib/errors.ts";
import { formatGwei, formatInteger } from "../../../_lib/format.ts";
import { mineBlocks } from "../../../_lib/local-node.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { GasAnatomyView } from "./GasAnatomyView.tsx";

/**
 * On the local chain: fill the next blocks to their gas limit and watch the base fee climb 12.5 % a
 * block, let empty blocks pass and watch it fall, and send a transaction of your own at that price.
 */
export function Congestion() {
  const local = useLocalNode();
  const config = useConfig();
  const walletReady = useWalletReady();
  const latest = useLiveQuery(["latest-block"], (client) => client.getBlock());
  const [busy, setBusy] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const own = useTransactionFlow();
  const [ownHash, setOwnHash] = useState<Hash>();

  if (!local.available) {
    return (
      <p className="muted">
        Filling blocks on purpose is only possible on the local chain (31337): on a public network, watch the
        chart above during busy hours instead.
      </p>
    );
  }
  const block = latest.data;
  const upcoming =
    block?.baseFeePerGas != null
      ? nextBaseFee(block.baseFeePerGas, block.gasUsed, block.gasLimit)
      : undefined;
  const predicted =
    upcoming !== undefined && block
      ? baseFeesAfterFullBlocks(upcoming, block.gasLimit, CONGESTION_BLOCKS)
      : [];

  const run = async (label: string, action: () => Promise<void>, message: string) => {
    setBusy(label);
    setProblem(undefined);
    setDone(undefined);
    try {
      await action();
      setDone(message);
    } catch (error) {
      setProblem(explainError(error).message);
    } finally {
      setBusy(undefined);
    }
  };

  const fill = () =>
    run(
      "fill",
      async () => {
        const accounts = (await local.node.request({ method: "eth_accounts" })) as Address[];
        // A spare test account that plays no role in the demo (the faucet uses the last one).
        const spare = accounts.at(-2);
        if (!spare || !block) throw new Error("The node has no spare unlocked account.");
        await fillBlocks(local.node, {
          from: spare,
          blockGasLimit: block.gasLimit,
          blocks: CONGESTION_BLOCKS,
        });
      },
      `${CONGESTION_BLOCKS} full blocks mined: see the bars hit the top of the chart and the line climb.`,
    );

  const sendOwn = async () => {
    setOwnHash(undefined);
    const hash = await own.track(async ({ step, signing }) => {
      const visitor = await walletReady(step);
      signing();
      // A payment of nothing to yourself: the cheapest transaction there is, 21,000 gas.
      return sendTransaction(config, { to: visitor, value: 0n });
    });
    if (hash) setOwnHash(hash);
  };

  return (
    <div className="stack">
      {block && upcoming !== undefined ? (
        <p>
          Each block may hold {formatInteger(block.gasLimit)} gas and targets half of it. The next block
          charges <strong>{formatGwei(upcoming, 6)}</strong>; after {CONGESTION_BLOCKS} full blocks it would
          charge{" "}
          {predicted.map((fee, index) => (
            <span key={index}>
              {index > 0 ? " → " : ""}
              {formatGwei(fee, 6)}
            </span>
          ))}
          . One block is filled by {blockFillingGasLimits(block.gasLimit).length} transactions that burn all
          the gas they are given (no transaction may ask for more than 2<sup>24</sup> gas since EIP-7825).
        </p>
      ) : null}
      <div className="row">
        <button type="button" className="button" disabled={Boolean(busy)} onClick={() => void fill()}>
          {busy === "fill" ? "Filling blocks…" : `Fill the next ${CONGESTION_BLOCKS} blocks`}
        </button>
        <button
          type="button"
          className="button ghost"
          disabled={Boolean(busy)}
          onClick={() =>
            void run(
              "empty",
              () => mineBlocks(local.node, CONGESTION_BLOCKS),
              `${CONGESTION_BLOCKS} empty blocks mined: each lowers the base fee by 12.5 %.`,
            )
          }
        >
          {busy === "empty" ? "Mining…" : `Let ${CONGESTION_BLOCKS} empty blocks pass`}
        </button>
        <button
          type="button"
          className="button ghost"
          disabled={own.busy || Boolean(busy)}
          onClick={() => void sendOwn()}
        >
          Send a transaction of your own now
        </button>
      </div>
      <div aria-live="polite">
        {done ? <p className="success-text">{done}</p> : null}
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <TransactionStatus state={own.state} onDismiss={own.reset} />
      {ownHash ? <GasAnatomyView hash={ownHash} title="Your transaction, at this base fee" /> : null}
    </div>
  );
}
