"use client";

import { type FormEvent, useId, useState } from "react";
import { encodeAbiParameters, formatUnits } from "viem";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import type { SavingsState } from "../../../_hooks/useSavings.ts";
import { useWriteFlow } from "../../../_hooks/useWriteFlow.ts";
import { formatAmount, formatTimestamp } from "../../../_lib/format.ts";
import { explainLabError, tokenExplainer } from "../../../_lib/lab-errors.ts";
import { type ExplainerContext, parseLockDays, savingsExplainer } from "../../../_lib/savings.ts";
import { TransactionStatus } from "../../dapp/TransactionStatus.tsx";
import { AmountField, useAmountField } from "../AmountField.tsx";
import { FieldError, invalidFieldProps } from "../FieldError.tsx";

/** The vault keeps goal labels of at most this many bytes (UTF-8). */
const MAX_GOAL_LABEL_BYTES = 64;

/** Save TRIP and lock it until a date, in one `transferAndCall` (no approval first). */
export function SaveForm({
  token,
  vault,
  savings,
  tripBalance,
  clock,
}: {
  token: TypedContract<"TripToken">;
  vault: TypedContract<"SavingsVault">;
  savings: SavingsState | undefined;
  tripBalance: bigint | undefined;
  clock: ExplainerContext;
}) {
  const chainNow = clock.now;
  const id = useId();
  const amount = useAmountField({ decimals: 18, symbol: "TRIP", balance: tripBalance }, "50");
  const [days, setDays] = useState("30");
  const [daysShown, setDaysShown] = useState(false);
  const flow = useWriteFlow();
  const lock = chainNow === undefined ? undefined : parseLockDays(days, chainNow, savings?.unlockTime ?? 0n);
  const daysError = daysShown && lock && !lock.ok ? lock.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = amount.take();
    setDaysShown(true);
    if (value === undefined || !lock?.ok) return;
    void flow
      .write({
        contractName: "TripToken",
        address: token.address,
        abi: token.abi,
        functionName: "transferAndCall",
        args: [vault.address, value, encodeAbiParameters([{ type: "uint64" }], [lock.unlockTime])],
        explain: (error) => explainLabError(error, [savingsExplainer(clock), tokenExplainer]),
      })
      // Saved: the amount typed was for the balance before, start afresh.
      .then((hash) => hash && amount.reset());
  };

  return (
    <form className="lab-form" onSubmit={submit} noValidate>
      <div className="row align-end">
        <AmountField label="TRIP to save" {...amount.field} />
        <div className="field">
          <label htmlFor={`${id}-days`}>Lock for (days)</label>
          <input
            id={`${id}-days`}
            inputMode="numeric"
            value={days}
            onChange={(event) => setDays(event.target.value)}
            onBlur={() => setDaysShown(true)}
            {...invalidFieldProps(`${id}-days`, daysError, daysError ? undefined : `${id}-days-hint`)}
          />
        </div>
      </div>
      {daysError ? (
        <FieldError fieldId={`${id}-days`} error={daysError} />
      ) : (
        <p className="hint" id={`${id}-days-hint`}>
          {lock?.ok ? `Unlocks ${formatTimestamp(lock.unlockTime)} by the chain's clock.` : " "}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button" disabled={flow.busy}>
          Save and lock
        </button>
        <span className="muted small">
          One transaction: TRIP&apos;s <code>transferAndCall</code> pays the vault and tells it the unlock
          date.
        </span>
      </div>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </form>
  );
}

/** Name a goal and its target, for the progress bar (`setGoal`). */
export function GoalForm({
  vault,
  savings,
}: {
  vault: TypedContract<"SavingsVault">;
  savings: SavingsState | undefined;
}) {
  const id = useId();
  const current = savings?.goal.target ? savings.goal : undefined;
  const [label, setLabel] = useState(current?.label ?? "A week in Lisbon");
  const [labelShown, setLabelShown] = useState(false);
  const target = useAmountField(
    { decimals: 18, symbol: "TRIP" },
    current ? formatUnits(current.target, 18) : "500",
  );
  const flow = useWriteFlow();
  const bytes = new TextEncoder().encode(label.trim()).length;
  const labelProblem =
    label.trim() === ""
      ? "Name your goal, like “A week in Lisbon”."
      : bytes > MAX_GOAL_LABEL_BYTES
        ? `The name is ${bytes} bytes long; the vault keeps at most ${MAX_GOAL_LABEL_BYTES}.`
        : undefined;
  const shownLabelProblem = labelShown ? labelProblem : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setLabelShown(true);
    const value = target.take();
    if (value === undefined || labelProblem) return;
    setGoal(label.trim(), value);
  };
  const setGoal = (name: string, value: bigint) =>
    void flow.write({
      contractName: "SavingsVault",
      address: vault.address,
      abi: vault.abi,
      functionName: "setGoal",
      args: [name, value],
      explain: (error) => explainLabError(error, [savingsExplainer()]),
    });

  return (
    <form className="lab-form" onSubmit={submit} noValidate>
      <div className="row align-end">
        <div className="field grow">
          <label htmlFor={`${id}-label`}>Goal</label>
          <input
            id={`${id}-label`}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            onBlur={() => setLabelShown(true)}
            {...invalidFieldProps(`${id}-label`, shownLabelProblem)}
          />
        </div>
        <AmountField label="Target" {...target.field} />
      </div>
      <FieldError fieldId={`${id}-label`} error={shownLabelProblem} />
      <div className="row">
        <button type="submit" className="button ghost" disabled={flow.busy}>
          Set the goal
        </button>
        {current ? (
          <button type="button" className="button ghost" disabled={flow.busy} onClick={() => setGoal("", 0n)}>
            Remove the goal
          </button>
        ) : null}
      </div>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </form>
  );
}

/** Take savings out: refused (and explained) while locked, allowed once the chain's clock passes the date. */
export function WithdrawForm({
  vault,
  savings,
  clock,
  visitor,
}: {
  vault: TypedContract<"SavingsVault">;
  savings: SavingsState | undefined;
  clock: ExplainerContext;
  visitor: `0x${string}` | undefined;
}) {
  const chainNow = clock.now;
  const amount = useAmountField(
    { decimals: 18, symbol: "TRIP", balance: savings?.assets, balanceName: "your savings" },
    "",
  );
  const flow = useWriteFlow();
  const explain = (error: unknown) => explainLabError(error, [savingsExplainer(clock)]);
  const locked = savings !== undefined && chainNow !== undefined && chainNow < savings.unlockTime;

  const withdraw = (event: FormEvent) => {
    event.preventDefault();
    const value = amount.take();
    if (value === undefined || !visitor) return;
    void flow
      .write({
        contractName: "SavingsVault",
        address: vault.address,
        abi: vault.abi,
        functionName: "withdraw",
        args: [value, visitor, visitor],
        explain,
      })
      .then((hash) => hash && amount.reset());
  };
  const redeemAll = () => {
    if (!visitor || !savings) return;
    void flow.write({
      contractName: "SavingsVault",
      address: vault.address,
      abi: vault.abi,
      functionName: "redeem",
      args: [savings.shares, visitor, visitor],
      explain,
    });
  };

  return (
    <form className="lab-form" onSubmit={withdraw} noValidate>
      {locked ? (
        <p className="lock-notice" data-locked-notice>
          Your savings are locked until {formatTimestamp(savings.unlockTime)}. Until then the vault reports
          that you can withdraw <strong>{formatAmount(savings.maxWithdraw, 18)} TRIP</strong> (ERC-4626&apos;s{" "}
          <code>maxWithdraw</code>), and a withdrawal is refused: try it to see the vault say why.
        </p>
      ) : null}
      <AmountField
        label="TRIP to withdraw"
        hint={savings ? `Your savings are worth ${formatAmount(savings.assets, 18)} TRIP.` : undefined}
        {...amount.field}
      />
      <div className="row">
        <button type="submit" className="button" disabled={flow.busy}>
          Withdraw
        </button>
        <button
          type="button"
          className="button ghost"
          disabled={flow.busy || !savings?.shares}
          onClick={redeemAll}
        >
          Withdraw everything
        </button>
      </div>
      <TransactionStatus state={flow.state} onDismiss={flow.reset} />
    </form>
  );
}
