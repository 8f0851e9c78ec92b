// The gas auction's `enter`: the winning first entry and a losing one in the same block. No
// reference library has a gas auction, so these rows compare with the floor only.
import { type Hex, parseGwei } from "viem";

import type { Wallet } from "../harness.ts";
import { type SuiteContext, scenario } from "../recorder.ts";

/** Gas limit for an entry: sent without estimation while automine is paused. */
const ENTRY_GAS_LIMIT = 500_000n;
const TIPS = [parseGwei("3"), parseGwei("1")] as const;

export async function auctionSuite(context: SuiteContext): Promise<void> {
  const { env, wayfare, recorder } = context;
  const auction = wayfare.GasAuction;
  if (!auction) return;

  await scenario(context, "wayfare", ["auction.enter.winner", "auction.enter.late"], async () => {
    const operator = await env.withRole(auction, "OPERATOR_ROLE");
    const open = { functionName: "openRound", args: ["The last seat to Porto"] };
    const roundId = await env.simulate<bigint>(operator, auction, open);
    await env.send(operator, auction, open);

    const bidders: Wallet[] = [await env.fresh(), await env.fresh()];
    const provider = env.connection.provider;
    const hashes: Hex[] = [];
    await provider.request({ method: "evm_setAutomine", params: [false] });
    try {
      const baseFee = (await env.publicClient.getBlock({ blockTag: "pending" })).baseFeePerGas ?? 0n;
      for (const [index, bidder] of bidders.entries()) {
        hashes.push(
          await bidder.writeContract({
            ...auction,
            functionName: "enter",
            args: [roundId],
            gas: ENTRY_GAS_LIMIT,
            maxPriorityFeePerGas: TIPS[index],
            maxFeePerGas: 2n * baseFee + TIPS[index],
            chain: bidder.chain,
            account: bidder.account,
          }),
        );
      }
      await provider.request({ method: "evm_mine", params: [] });
    } finally {
      await provider.request({ method: "evm_setAutomine", params: [true] });
    }

    // Measure by position in the block: the first entry wins, the next one is too late.
    const receipts = await Promise.all(
      hashes.map((hash) => env.publicClient.getTransactionReceipt({ hash })),
    );
    const [first, second] = [...receipts].sort((a, b) => a.transactionIndex - b.transactionIndex);
    await recorder.measure("auction.enter.winner", "wayfare", () =>
      env.sent(first.transactionHash, "winning entry"),
    );
    await recorder.measure("auction.enter.late", "wayfare", () =>
      env.sent(second.transactionHash, "late entry"),
    );
  });
}
