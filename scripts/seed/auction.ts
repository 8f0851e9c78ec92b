import { parseGwei } from "viem";

import type { DemoAccountName } from "../lib/demo-accounts.ts";
import { openRound, runRace } from "../lib/race.ts";
import type { SeedContext } from "./context.ts";

/** A round already raced, so the Auction lab has history to show before the visitor's first race. */
const FINISHED_PRIZE = "Last seat on the morning ferry to Porto";
const FINISHED_BIDS: readonly { name: DemoAccountName; tipGwei: string }[] = [
  { name: "Bot Ada", tipGwei: "2" },
  { name: "Bot Bo", tipGwei: "3" },
  { name: "Bot Cy", tipGwei: "1" },
];
/** The round waiting for the visitor. */
const OPEN_PRIZE = "Last seat on the night train to Lisbon";
const OPERATOR: DemoAccountName = "Deployer";

/** One finished round raced by the bots, and one open round for the lab. */
export async function seedAuction(ctx: SeedContext): Promise<void> {
  const auction = ctx.contracts.GasAuction;
  if (!auction) throw new Error("GasAuction is not in the deployment.");
  const { publicClient, testClient } = ctx;
  const operator = ctx.walletOf(OPERATOR);

  const finished = await openRound({ publicClient, operator, auction, prize: FINISHED_PRIZE });
  const result = await runRace({
    publicClient,
    testClient,
    auction,
    roundId: finished,
    bidders: FINISHED_BIDS.map(({ name, tipGwei }) => ({
      name,
      wallet: ctx.walletOf(name),
      tip: parseGwei(tipGwei),
    })),
  });
  const winner = result.transactions.find((transaction) => transaction.won);
  ctx.log(
    `Auction round ${finished} ("${FINISHED_PRIZE}") raced by the bots: ${winner?.bidder ?? result.winner} won in block ${result.blockNumber}.`,
  );

  const open = await openRound({ publicClient, operator, auction, prize: OPEN_PRIZE });
  ctx.log(`Auction round ${open} ("${OPEN_PRIZE}") is open for the lab.`);
}
