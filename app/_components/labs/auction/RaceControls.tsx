"use client";

import type { FormEvent } from "react";

import type { TypedContract } from "../../../_hooks/useLabContracts.ts";
import { type RoundSummary, type useRace, useEntryQuote } from "../../../_hooks/useAuction.ts";
import { useLocalNode } from "../../../_hooks/useLocalNode.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { BOTS, tipRules, wholeGwei } from "../../../_lib/auction.ts";
import { formatEth, formatGwei, formatInteger } from "../../../_lib/format.ts";
import { highestAffordableTip } from "../../../../scripts/lib/race.ts";
import { LOCAL_CHAIN_ID } from "../../../_lib/network.ts";
import { AmountField, useAmountField } from "../AmountField.tsx";

/**
 * The seat up for grabs, the visitor's tip and the bots' tips, and the button that races them in one
 * block. Only on the local chain: elsewhere, it says why.
 */
export function RaceControls({
  auction,
  openRound,
  race,
}: {
  auction: TypedContract<"GasAuction">;
  openRound: RoundSummary | undefined;
  race: ReturnType<typeof useRace>;
}) {
  const local = useLocalNode();
  const visitor = useVisitor();
  const limits = useEntryQuote(auction, openRound?.id).data;
  const yours = useAmountField(tipRules(limits));
  const ada = useAmountField(tipRules(), BOTS[0].tip);
  const bo = useAmountField(tipRules(), BOTS[1].tip);
  const cy = useAmountField(tipRules(), BOTS[2].tip);
  const bots = [ada, bo, cy];

  if (!local.available) {
    return (
      <p className="muted" data-race-unavailable>
        The race needs the local chain ({LOCAL_CHAIN_ID}): the bots are accounts of the local node, and only
        there can the chain hold a block until everyone has entered. Run <code>npm start</code> and switch
        this dApp to it. Past rounds on this network are listed below.
      </p>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tip = yours.take();
    const botTips = bots.map((bot) => bot.take());
    if (tip === undefined || botTips.some((botTip) => botTip === undefined)) return;
    void race.race({
      visitor: tip,
      bots: BOTS.map((bot, index) => ({ name: bot.name, tip: botTips[index]! })),
    });
  };

  const highest = limits ? highestAffordableTip(limits.quote, limits.balance) : undefined;
  const state = race.state;
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p data-open-round={openRound?.id.toString() ?? ""}>
        {openRound ? (
          <>
            Up for grabs: <strong>{openRound.prize}</strong> (round #{openRound.id.toString()}). Nobody has
            entered yet: the first entry mined wins it.
          </>
        ) : (
          <>The last seat was taken: racing puts a fresh one up first (the operator opens a new round).</>
        )}
      </p>
      <div className="row align-end">
        <AmountField
          label="Your tip (per gas)"
          name="your-tip"
          hint={
            limits
              ? `Every entry gets ${formatInteger(limits.quote.gas)} gas and may pay a base fee of up to ${formatGwei(limits.quote.maxBaseFee, 4)}; the tip comes on top.${
                  highest !== undefined && highest >= 0n
                    ? ` With your ${formatEth(limits.balance)} you can tip up to ${formatGwei(wholeGwei(highest), 0)}.`
                    : ""
                }`
              : "In gwei (a billionth of an ETH) per unit of gas, e.g. 5 or 0.5."
          }
          {...yours.field}
        />
      </div>
      <fieldset className="choice-list bot-tips">
        <legend>The bots&apos; tips</legend>
        {BOTS.map((bot, index) => (
          <AmountField
            key={bot.name}
            label={`${bot.name}'s tip`}
            name={`tip-${bot.name}`}
            {...bots[index].field}
          />
        ))}
      </fieldset>
      <p className="muted small">
        Your entry is sent first, then the bots&apos;; one block is mined with all of them. The builder orders
        it by tip, highest first; equal tips keep the order they arrived in.
      </p>
      <div className="row">
        <button type="submit" className="button" disabled={race.busy || !visitor}>
          {race.busy ? "Racing…" : "Race for the seat"}
        </button>
        {!visitor ? <span className="muted small">Connect a wallet (top right) to race.</span> : null}
      </div>
      <div aria-live="polite">
        {state.phase === "running" ? (
          <div role="status" className="tx-status preparing">
            <p>
              <span className="spinner" aria-hidden="true" /> {state.step}
            </p>
          </div>
        ) : null}
        {state.phase === "failed" ? (
          <div role="alert" className="tx-status failed">
            <p>
              <strong>No race.</strong> {state.message}
            </p>
            <button type="button" className="button small ghost" onClick={race.reset}>
              Dismiss
            </button>
          </div>
        ) : null}
        {state.phase === "done" ? (
          <div role="status" className="tx-status confirmed" data-raced-block={state.result.blockNumber}>
            <p>
              <strong>Raced</strong> in block #{state.result.blockNumber.toString()}: the order is below.
              {state.nextRound !== undefined
                ? ` A fresh seat is up (round #${state.nextRound}): change the tips and race again.`
                : ""}
            </p>
            {state.note ? <p>{state.note}</p> : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
