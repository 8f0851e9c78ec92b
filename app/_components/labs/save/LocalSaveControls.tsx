"use client";

import { type FormEvent, useState } from "react";
import { encodeFunctionData } from "viem";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { localAccount, useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useTransactionFlow } from "../../../_hooks/useTransactionFlow.ts";
import { explainError } from "../../../_lib/errors.ts";
import { formatTimestamp } from "../../../_lib/format.ts";
import { explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import { increaseTime, writeAsUnlocked } from "../../../_lib/local-node.ts";
import { DAY, formatDuration, savingsExplainer } from "../../../_lib/savings.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";

/**
 * What only the local chain allows: moving its clock forward to reach the unlock date, and the
 * sponsor (one of the node's test accounts) paying a reward into the vault. Elsewhere, the sponsor's
 * call is shown to hand over instead.
 */
export function LocalSaveControls({
  vault,
  unlockTime,
  chainNow,
}: {
  vault: TypedContract<"SavingsVault">;
  unlockTime: bigint | undefined;
  chainNow: bigint | undefined;
}) {
  const local = useLocalNode();
  const reward = useAmountField({ decimals: 18, symbol: "TRIP" }, "25");
  const sponsorFlow = useTransactionFlow();
  const [timeNote, setTimeNote] = useState<string>();
  const [moving, setMoving] = useState(false);

  const forward = async (seconds: bigint) => {
    setMoving(true);
    try {
      await increaseTime(local.node, seconds);
      setTimeNote(`The chain's clock moved ${formatDuration(seconds)} forward and a block was mined.`);
    } catch (error) {
      setTimeNote(explainError(error).message);
    } finally {
      setMoving(false);
    }
  };

  const payReward = (event: FormEvent) => {
    event.preventDefault();
    const value = reward.take();
    if (value === undefined) return;
    void sponsorFlow.track(
      ({ step }) => {
        step("The sponsor pays the reward into the vault…");
        return writeAsUnlocked(local.client!, {
          from: localAccount("Sponsor").address,
          address: vault.address,
          abi: vault.abi,
          functionName: "reward",
          args: [value],
        });
      },
      {
        contractName: "SavingsVault",
        functionName: "reward",
        explain: (error) => explainLabError(error, [savingsExplainer(chainNow), tokenExplainer]),
      },
    );
  };

  if (!local.available) {
    const amount = reward.result.ok ? reward.result.value : 0n;
    return (
      <div className="stack">
        <p>
          On this network time runs at its own pace, and rewards come from a sponsor&apos;s own wallet. To ask
          for one, hand the sponsor this call to the vault at <code>{vault.address}</code>:
        </p>
        <AmountField label="Reward to ask for" {...reward.field} />
        <pre className="payload">
          reward({amount.toString()}){"\n"}
          {encodeFunctionData({ abi: vault.abi, functionName: "reward", args: [amount] })}
        </pre>
      </div>
    );
  }

  const toUnlock =
    unlockTime !== undefined && chainNow !== undefined && unlockTime > chainNow ? unlockTime - chainNow : 0n;
  return (
    <div className="lab-columns even">
      <div className="lab-form">
        <h3>Fast-forward time</h3>
        <p className="small muted">
          Moves the local chain&apos;s clock (<code>evm_increaseTime</code>) and mines a block, so the next
          transaction sees the new time.
        </p>
        <div className="row">
          <button type="button" className="button ghost" disabled={moving} onClick={() => void forward(DAY)}>
            +1 day
          </button>
          <button
            type="button"
            className="button ghost"
            disabled={moving}
            onClick={() => void forward(7n * DAY)}
          >
            +7 days
          </button>
          <button
            type="button"
            className="button"
            disabled={moving || toUnlock === 0n}
            onClick={() => void forward(toUnlock + 1n)}
          >
            Jump to the unlock date{unlockTime ? ` (${formatTimestamp(unlockTime)})` : ""}
          </button>
        </div>
        {timeNote ? (
          <p className="small" aria-live="polite">
            {timeNote}
          </p>
        ) : null}
      </div>
      <form className="lab-form" onSubmit={payReward} noValidate>
        <h3>The sponsor&apos;s reward</h3>
        <p className="small muted">
          The sponsor (a test account of the local node) pays TRIP into the vault for every saver: the share
          price rises by the reward divided by all shares.
        </p>
        <AmountField label="Reward" {...reward.field} />
        <div className="row">
          <button type="submit" className="button ghost" disabled={sponsorFlow.busy}>
            Sponsor pays the reward
          </button>
        </div>
        <TransactionStatus state={sponsorFlow.state} onDismiss={sponsorFlow.reset} />
      </form>
    </div>
  );
}
