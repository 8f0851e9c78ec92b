import { parseEther } from "viem";

import type { SeedContext } from "./context.ts";

/** ETH each merchant changes into TRIP, so they start with a till. */
const MERCHANT_FLOAT_ETH = "2";
const MERCHANTS = ["Hotel", "Taxi", "Café"] as const;

/** Merchants hold TRIP; the tourist keeps only ETH, to buy TRIP in the Pay lab. */
export async function seedCurrency(ctx: SeedContext): Promise<void> {
  for (const merchant of MERCHANTS) {
    await ctx.write(merchant, "TripExchange", "buy", [], parseEther(MERCHANT_FLOAT_ETH));
  }
  ctx.log(`Merchants ${MERCHANTS.join(", ")} each bought TRIP for ${MERCHANT_FLOAT_ETH} ETH.`);
}
