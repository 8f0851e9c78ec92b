import { encodeAbiParameters, formatEther, parseEther } from "viem";

import type { SeedContext } from "./context.ts";

/** ETH the sponsor changes into TRIP for rewards (1,000 TRIP per ETH at the desk). */
const SPONSOR_BUDGET_ETH = "5";
/** ETH the saver changes into TRIP; part of it is saved, the rest stays in the wallet for the lab. */
const SAVER_ETH = "1";
const SAVER_DEPOSIT = parseEther("600");
const SAVER_GOAL = { label: "Two weeks in Lisbon", target: parseEther("1500") };
const LOCK_SECONDS = 30n * 24n * 60n * 60n;
/** Paid once after the saver's deposit (5 % of it), so the share price starts above 1. */
const FIRST_REWARD = parseEther("30");

/**
 * The Save lab's cast: a saver with a goal and 600 TRIP locked for 30 days, saved in one
 * `transferAndCall`, and a sponsor that has paid one reward and has approved the vault for the rest.
 */
export async function seedSavings(ctx: SeedContext): Promise<void> {
  const { SavingsVault: vault, TripToken: trip } = ctx.contracts;
  if (!vault || !trip) throw new Error("SavingsVault and TripToken must be in the deployment.");

  await ctx.write("Sponsor", "TripExchange", "buy", [], parseEther(SPONSOR_BUDGET_ETH));
  const sponsorTrip = await ctx.publicClient.readContract({
    ...trip,
    functionName: "balanceOf",
    args: [ctx.addressOf("Sponsor")],
  });
  await ctx.write("Sponsor", "TripToken", "approve", [vault.address, sponsorTrip]);

  await ctx.write("Saver", "TripExchange", "buy", [], parseEther(SAVER_ETH));
  await ctx.write("Saver", "SavingsVault", "setGoal", [SAVER_GOAL.label, SAVER_GOAL.target]);
  const { timestamp } = await ctx.publicClient.getBlock();
  const unlockTime = timestamp + LOCK_SECONDS;
  const lockData = encodeAbiParameters([{ type: "uint64" }], [unlockTime]);
  await ctx.write("Saver", "TripToken", "transferAndCall", [vault.address, SAVER_DEPOSIT, lockData]);

  await ctx.write("Sponsor", "SavingsVault", "reward", [FIRST_REWARD]);

  ctx.log(
    `Saver saved ${formatEther(SAVER_DEPOSIT)} TRIP towards "${SAVER_GOAL.label}" ` +
      `(${formatEther(SAVER_GOAL.target)} TRIP), locked until ${new Date(Number(unlockTime) * 1000).toISOString()}.`,
  );
  ctx.log(`Sponsor rewarded savers ${formatEther(FIRST_REWARD)} TRIP and approved the vault for more.`);
}
