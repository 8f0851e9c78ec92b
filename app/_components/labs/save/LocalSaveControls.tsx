"use client";

import { type FormEvent, useState } from "react";
import { encodeFunctionData } from "viem";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { useLiveQuery } from "../../../_hooks/useLive.ts";
import { localAccount, useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useTransactionFlow } from "../../../_hooks/useTransactionFlow.ts";
import { explainError } from "../../../_lib/errors.ts";
import { DAY, formatAmount, formatDuration, formatTimestamp } from "../../../_lib/format.ts";
import { explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import { increaseTime, writeAsUnlocked } from "../../../_lib/local-node.ts";
import { savingsExplainer } from "../../../_lib/savings.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";

/** The reward the forms start with, in TRIP. */
const DEFAULT_REWARD = "25";

/**
 * What only the local chain allows: moving its clock forward to reach the unlock date, and the
 * sponsor (one of the node's unlocked test accounts) paying a reward into the vault. Elsewhere, the
 * sponsor's calls are shown to hand over instead, and time runs at its own pace.
 */
export function LocalSaveControls({
  token,
  vault,
  unlockTime,
  chainNow,
}: {
  token: TypedContract<"TripToken">;
  vault: TypedContract<"SavingsVault">;
  unlockTime: bigint | undefined;
  chainNow: bigint | undefined;
}) {
  const local = useLocalNode();
  return local.available ? (
    <div className="lab-columns even">
      <FastForward unlockTime={unlockTime} chainNow={chainNow} />
      <SponsorReward token={token} vault={vault} chainNow={chainNow} />
    </div>
  ) : (
    <RewardInstructions token={token} vault={vault} />
  );
}

/** `evm_increaseTime` and a mined block: the next transaction sees the new time. */
function FastForward({
  unlockTime,
  chainNow,
}: {
  unlockTime: bigint | undefined;
  chainNow: bigint | undefined;
}) {
  const local = useLocalNode();
  const [note, setNote] = useState<string>();
  const [moving, setMoving] = useState(false);

  const forward = async (seconds: bigint) => {
    setMoving(true);
    try {
      await increaseTime(local.node, seconds);
      setNote(`The chain's clock moved ${formatDuration(seconds)} forward and a block was mined.`);
    } catch (error) {
      setNote(explainError(error).message);
    } finally {
      setMoving(false);
    }
  };

  const toUnlock =
    unlockTime !== undefined && chainNow !== undefined && unlockTime > chainNow ? unlockTime - chainNow : 0n;
  return (
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
          Jump to the unlock date
        </button>
      </div>
      {unlockTime === undefined ? null : (
        <p className="small muted">
          {toUnlock === 0n
            ? "Nothing of yours is locked: there is no date to jump to."
            : `Your unlock date, ${formatTimestamp(unlockTime)}, is ${formatDuration(toUnlock)} ahead.`}
        </p>
      )}
      <p className="small" aria-live="polite">
        {note}
      </p>
    </div>
  );
}

/** The sponsor, an unlocked account of the local node, pays a reward from its TRIP and allowance. */
function SponsorReward({
  token,
  vault,
  chainNow,
}: {
  token: TypedContract<"TripToken">;
  vault: TypedContract<"SavingsVault">;
  chainNow: bigint | undefined;
}) {
  const local = useLocalNode();
  const sponsor = localAccount("Sponsor").address;
  const budget = useLiveQuery(["sponsor-budget", token.address, vault.address], async (client) => {
    const [balance, allowance] = await Promise.all([
      client.readContract({ ...token, functionName: "balanceOf", args: [sponsor] }),
      client.readContract({ ...token, functionName: "allowance", args: [sponsor, vault.address] }),
    ]);
    return balance < allowance ? balance : allowance;
  }).data;
  const reward = useAmountField(
    { decimals: 18, symbol: "TRIP", balance: budget, balanceName: "the sponsor's budget" },
    DEFAULT_REWARD,
  );
  const flow = useTransactionFlow();

  const pay = (event: FormEvent) => {
    event.preventDefault();
    const value = reward.take();
    if (value === undefined) return;
    void flow.track(
      ({ step }) => {
        step("The sponsor pays the reward into the vault…");
        return writeAsUnlocked(local.client!, {
          from: sponsor,
          address: vault.address,
          abi: vault.abi,
          functionName: "reward",
          args: [value],
        });
      },
      {
        contractName: "SavingsVault",
        functionName: "reward",
        explain: (error) => explainLabError(error, [savingsExplainer({ now: chainNow }), tokenExplainer]),
      },
    );
  };

  return (
    <form className="lab-form" onSubmit={pay} noValidate>
      <h3>The sponsor&apos;s reward</h3>
      <p className="small muted">
        The sponsor (a test account the local node signs for) pays TRIP into the vault for every saver: the
        share price rises by the reward divided by all shares.
      </p>
      <AmountField
        label="Reward"
        hint={
          budget === undefined ? undefined : `The sponsor can pay up to ${formatAmount(budget, 18)} TRIP.`
        }
        {...reward.field}
      />
      <div className="row">
        <button type="submit" className="button ghost" disabled={flow.busy}>
          Sponsor pays the reward
        </button>
      </div>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </form>
  );
}

/** On other networks nobody's key but the visitor's is used here: the sponsor gets the calls to send. */
function RewardInstructions({
  token,
  vault,
}: {
  token: TypedContract<"TripToken">;
  vault: TypedContract<"SavingsVault">;
}) {
  const reward = useAmountField({ decimals: 18, symbol: "TRIP" }, DEFAULT_REWARD);
  const amount = reward.result.ok ? reward.result.value : undefined;
  return (
    <div className="stack" data-reward-instructions>
      <p>
        On this network time runs at its own pace: the countdown above says when your savings unlock. Rewards
        come from a sponsor&apos;s own wallet, which this page never holds. To ask for one, hand the sponsor
        these two transactions to sign and send:
      </p>
      <AmountField label="Reward to ask for" {...reward.field} />
      {amount === undefined ? null : (
        <ol className="stack">
          <li>
            To TRIP at <code>{token.address}</code>:{" "}
            <code>
              approve({vault.address}, {amount.toString()})
            </code>
            <pre className="payload">
              {encodeFunctionData({ abi: token.abi, functionName: "approve", args: [vault.address, amount] })}
            </pre>
          </li>
          <li>
            To the vault at <code>{vault.address}</code>: <code>reward({amount.toString()})</code>, that is{" "}
            {formatAmount(amount, 18)} TRIP
            <pre className="payload">
              {encodeFunctionData({ abi: vault.abi, functionName: "reward", args: [amount] })}
            </pre>
          </li>
        </ol>
      )}
    </div>
  );
}
