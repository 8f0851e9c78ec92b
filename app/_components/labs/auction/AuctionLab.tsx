"use client";

import { useCallback, useState } from "react";
import { type Address, zeroAddress } from "viem";

import { type RaceTips, useRace, useRoundBlock, useRounds } from "../../../_hooks/useAuction.ts";
import { useLabContracts } from "../../../_hooks/useLabContracts.ts";
import { useNetwork } from "../../../_hooks/useNetwork.ts";
import { useVisitor } from "../../../_hooks/useVisitor.ts";
import { summarizeRace } from "../../../_lib/auction.ts";
import { nameOf } from "../../../_lib/contracts.ts";
import { shortHex } from "../../../_lib/format.ts";
import { LabPage, LabSection } from "../LabPage.tsx";
import { NotDeployed } from "../NotDeployed.tsx";
import { AuctionGoals } from "./AuctionGoals.tsx";
import { BaseFeeVsTip } from "./BaseFeeVsTip.tsx";
import { RaceBlockView } from "./RaceBlockView.tsx";
import { RaceControls } from "./RaceControls.tsx";
import { RoundHistory } from "./RoundHistory.tsx";

export function AuctionLab() {
  const contracts = useLabContracts("GasAuction");
  const auction = contracts?.[0];
  const { chainId } = useNetwork();
  const visitor = useVisitor();
  const rounds = useRounds(auction).data;
  const race = useRace(auction);
  // A round picked in the list; otherwise the race just run, or the newest finished round.
  const [picked, setPicked] = useState<bigint>();

  const accountName = useCallback(
    (address: Address) => nameOf(chainId, address) ?? shortHex(address),
    [chainId],
  );
  const labelOf = (address: Address) =>
    visitor && address.toLowerCase() === visitor.toLowerCase() ? "You" : accountName(address);

  const newest = rounds?.[0];
  const openRound = newest && newest.winner === zeroAddress ? newest : undefined;
  const justRaced = race.state.phase === "done" ? race.state.result : undefined;
  const shownId = picked ?? justRaced?.roundId ?? rounds?.find((round) => round.winner !== zeroAddress)?.id;
  const shownRound = rounds?.find((round) => round.id === shownId);
  const fromChain = useRoundBlock(
    auction,
    justRaced && justRaced.roundId === shownId ? undefined : shownRound,
    accountName,
  ).data;
  const block = justRaced && justRaced.roundId === shownId ? justRaced : (fromChain ?? undefined);
  const summary = block ? summarizeRace(block, visitor) : undefined;

  const raceAgain = {
    ...race,
    race: (tips: RaceTips) => {
      setPicked(undefined);
      return race.race(tips);
    },
  };

  return (
    <LabPage
      title="Auction lab"
      lede="One seat left, several travellers, one block: race bots for it with a tip, and see why the highest tip wins and what the others pay for nothing."
      topic={{ slide: "auction", title: "The auction for the last seat" }}
      willSee={[
        "A seat for one: the first entry mined wins it. You choose your tip in gwei per gas; the bots have theirs.",
        "On the local chain, mining pauses: your entry goes out from your wallet, the bots' from the node's test accounts, and one block is mined with all of them.",
        "That block's order: place, who, tip, gas used, fee paid, burned base fee vs tip, and who won or came too late.",
        "What each loser paid for nothing: their entries ran, and were charged like the winner's.",
        "EIP-1559's base fee and tip, told with the numbers of that very block.",
        "Every round so far, to look at again, and a fresh seat for every race.",
      ]}
      goals={<AuctionGoals auction={auction} />}
    >
      {auction ? (
        <>
          <LabSection
            id="race"
            title="The race"
            intro="Set your tip against the bots', then race: whoever the block builder puts first gets the seat."
          >
            <RaceControls auction={auction} openRound={openRound} race={raceAgain} />
          </LabSection>
          <LabSection id="block" title="The block's order">
            {block && summary ? (
              <RaceBlockView
                block={block}
                prize={shownRound?.prize}
                summary={summary}
                labelOf={labelOf}
                visitor={visitor}
                arrivalKnown={block === justRaced}
              />
            ) : (
              <p className="muted">
                No race has been run here yet: the first race&apos;s block appears here.
              </p>
            )}
          </LabSection>
          <LabSection id="base-fee-vs-tip" title="Base fee vs tip, in this block">
            {block && summary ? (
              <BaseFeeVsTip block={block} summary={summary} labelOf={labelOf} />
            ) : (
              <p className="muted">Once a block has been raced, its numbers explain EIP-1559 here.</p>
            )}
          </LabSection>
          <LabSection
            id="rounds"
            title="Rounds so far"
            intro="The newest rounds of GasAuction on this chain."
          >
            <RoundHistory rounds={rounds} shown={shownId} onShow={setPicked} labelOf={labelOf} />
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
