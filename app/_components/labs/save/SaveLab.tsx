"use client";

import { useLabContracts } from "../../../_hooks/useLabContracts.ts";
import { useChainNow } from "../../../_hooks/useLive.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useSavings, useSavingsGoals, useSharePriceHistory } from "../../../_hooks/useSavings.ts";
import { useBalances, useVisitor } from "../../../_hooks/useVisitor.ts";
import { formatAmount } from "../../../_lib/format.ts";
import { formatTimestamp } from "../../../_lib/format.ts";
import { type ExplainerContext, goalProgress, lockState } from "../../../_lib/savings.ts";
import { Balances } from "../Balances.tsx";
import { type Goal, GoalsChecklist } from "../GoalsChecklist.tsx";
import { LabPage, LabSection } from "../LabPage.tsx";
import { NotDeployed } from "../NotDeployed.tsx";
import { QuickBuy } from "../QuickBuy.tsx";
import { LocalSaveControls } from "./LocalSaveControls.tsx";
import { GoalForm, SaveForm, WithdrawForm } from "./SaveForms.tsx";
import { SharePriceChart } from "./SharePriceChart.tsx";

export function SaveLab() {
  const contracts = useLabContracts("TripToken", "TripExchange", "SavingsVault");
  const [token, desk, vault] = contracts ?? [];
  const visitor = useVisitor();
  const balances = useBalances(token);
  const savings = useSavings(vault, visitor).data;
  const achieved = useSavingsGoals(vault, visitor).data;
  const prices = useSharePriceHistory(vault, savings?.shareDecimals).data;
  const chainNow = useChainNow();
  const clock: ExplainerContext = { now: chainNow, canFastForward: useLocalNode().available };
  const lock = savings && chainNow !== undefined ? lockState(savings.unlockTime, chainNow) : undefined;
  const progress =
    savings && savings.goal.target > 0n ? goalProgress(savings.assets, savings.goal.target) : undefined;

  const goals: Goal[] = [
    {
      id: "locked",
      label: "Lock savings until a date",
      done: achieved ? achieved.lockedDeposit !== undefined : undefined,
      detail: achieved?.lockedDeposit
        ? `${formatAmount(achieved.lockedDeposit.assets, 18)} TRIP saved in block #${achieved.lockedDeposit.blockNumber}, locked until ${formatTimestamp(achieved.lockedDeposit.unlockTime)}.`
        : undefined,
    },
    {
      id: "goal",
      label: "Set a savings goal",
      done: achieved ? achieved.goal !== undefined : undefined,
      detail: achieved?.goal
        ? `“${achieved.goal.label}”: ${formatAmount(achieved.goal.target, 18)} TRIP.`
        : undefined,
    },
    {
      id: "yield",
      label: "See yield arrive: a reward paid while you hold svTRIP",
      done: achieved ? achieved.reward !== undefined : undefined,
      detail: achieved?.reward
        ? `A reward of ${formatAmount(achieved.reward.assets, 18)} TRIP for all savers in block #${achieved.reward.blockNumber}.`
        : undefined,
    },
    {
      id: "withdrawn",
      label: "Withdraw after your savings unlock",
      done: achieved ? achieved.withdrawnAfterUnlock > 0n : undefined,
      detail: achieved?.withdrawnAfterUnlock
        ? `${formatAmount(achieved.withdrawnAfterUnlock, 18)} TRIP withdrawn after the unlock date.`
        : undefined,
    },
  ];

  return (
    <LabPage
      title="Save lab"
      lede="Put TRIP aside for the next trip: lock it in a vault until a date you choose, and watch rewards make each share worth more."
      topic={{ slide: "save", title: "Saving for the next trip" }}
      willSee={[
        "A deposit and its lock in one transaction, and the vault's shares (svTRIP) you get for it.",
        "A goal with a progress bar, and a countdown to your unlock date by the chain's own clock.",
        "The share price and its history: flat through deposits and withdrawals, up with every reward.",
        "An early withdrawal refused, with the reason; the same withdrawal going through after the date.",
        "On the local chain: time travel to the unlock date, and the sponsor's reward on demand.",
      ]}
      goals={<GoalsChecklist goals={goals} />}
    >
      {contracts && token && desk && vault ? (
        <>
          <LabSection id="savings" title="Your savings">
            <Balances
              items={[
                { label: "TRIP in your wallet", value: balances?.trip, unit: "TRIP" },
                { label: "Saved", value: savings?.assets, unit: "TRIP" },
                {
                  label: "Shares",
                  value: savings?.shares,
                  unit: "svTRIP",
                  decimals: savings?.shareDecimals ?? 24,
                },
              ]}
            />
            {lock ? (
              <p
                className={lock.locked ? "lock-notice" : "success-text"}
                data-lock={lock.locked ? "locked" : "free"}
              >
                {lock.text}
              </p>
            ) : null}
            {savings && progress ? (
              <div className="goal-progress" data-goal-percent={progress.percent}>
                <p>
                  <strong>{savings.goal.label}</strong>: {formatAmount(savings.assets, 18)} of{" "}
                  {formatAmount(savings.goal.target, 18)} TRIP ({progress.percent} %)
                  {progress.reached ? " — reached!" : `, ${formatAmount(progress.remaining, 18)} TRIP to go`}
                </p>
                <progress
                  max={100}
                  value={progress.percent}
                  aria-label={`Progress towards ${savings.goal.label}`}
                />
              </div>
            ) : (
              <p className="muted">No goal yet: set one below to see your progress.</p>
            )}
            {balances?.trip === 0n ? <QuickBuy desk={desk} eth="0.2" /> : null}
          </LabSection>
          <LabSection id="save" title="Save and lock">
            <SaveForm
              token={token}
              vault={vault}
              savings={savings}
              tripBalance={balances?.trip}
              clock={clock}
            />
          </LabSection>
          <LabSection id="goal-section" title="Your goal">
            {savings ? (
              <GoalForm vault={vault} savings={savings} />
            ) : (
              <p className="muted">{visitor ? "Reading your goal…" : "Connect a wallet to set a goal."}</p>
            )}
          </LabSection>
          <LabSection
            id="share-price"
            title="Share price"
            intro="Your svTRIP shares are a part of everything in the vault. When a sponsor adds TRIP, the vault holds more for the same shares."
          >
            <SharePriceChart points={prices ?? []} />
          </LabSection>
          <LabSection id="withdraw" title="Withdraw">
            <WithdrawForm vault={vault} savings={savings} clock={clock} visitor={visitor} />
          </LabSection>
          <LabSection id="local" title="Time and rewards">
            <LocalSaveControls
              token={token}
              vault={vault}
              unlockTime={savings?.unlockTime}
              chainNow={chainNow}
            />
          </LabSection>
        </>
      ) : (
        <LabSection id="unavailable" title="Not available">
          <NotDeployed />
        </LabSection>
      )}
    </LabPage>
  );
}
