// The exchange desk's buy and sell beside a plain OpenZeppelin ERC-20 that is its own desk.
import { parseEther } from "viem";

import type { Contract } from "../harness.ts";
import { type SuiteContext, scenario } from "../recorder.ts";
import { FIXED_DEADLINE, signPermit } from "../signatures.ts";
import { UNIT, trip } from "./funding.ts";

const BUY_IDS = ["exchange.buy.first", "exchange.buy.again"] as const;
const SELL_IDS = ["exchange.sell", "exchange.sellWithPermit", "exchange.sellByTransferAndCall"] as const;

const BUY_ETH = parseEther("1");
/** Sold in each sale: a multiple of the rate (TripExchange sells whole wei only), part of the holding. */
const SELL_TRIP = 100n * UNIT;

export async function exchangeSuite(context: SuiteContext): Promise<void> {
  const { env, wayfare, recorder } = context;

  if (wayfare.TripToken && wayfare.TripExchange) {
    const desk = wayfare.TripExchange;
    const token = trip(wayfare);
    await scenario(context, "wayfare", BUY_IDS, () => buys(context, "wayfare", desk));
    await scenario(context, "wayfare", SELL_IDS, async () => {
      const seller = await env.fresh();
      await env.send(seller, desk, { functionName: "buy", value: BUY_ETH });
      await env.send(seller, token, { functionName: "approve", args: [desk.address, 2n * SELL_TRIP] });
      await recorder.measure("exchange.sell", "wayfare", () =>
        env.send(seller, desk, { functionName: "sell", args: [SELL_TRIP] }),
      );

      const permitSeller = await env.fresh();
      await env.send(permitSeller, desk, { functionName: "buy", value: BUY_ETH });
      const { v, r, s } = await signPermit(env, token, permitSeller, desk.address, SELL_TRIP, FIXED_DEADLINE);
      await recorder.measure("exchange.sellWithPermit", "wayfare", () =>
        env.send(permitSeller, desk, {
          functionName: "sellWithPermit",
          args: [SELL_TRIP, FIXED_DEADLINE, v, r, s],
        }),
      );

      const callSeller = await env.fresh();
      await env.send(callSeller, desk, { functionName: "buy", value: BUY_ETH });
      await recorder.measure("exchange.sellByTransferAndCall", "wayfare", () =>
        env.send(callSeller, token, { functionName: "transferAndCall", args: [desk.address, SELL_TRIP] }),
      );
    });
  }

  await scenario(context, "oz", [...BUY_IDS, ...SELL_IDS], async () => {
    const desk = await env.deploy("OZDesk");
    await buys(context, "oz", desk);
    // The reference desk is the token: every way of selling is the same `sell`, with no approval.
    const seller = await env.fresh();
    await env.send(seller, desk, { functionName: "buy", value: BUY_ETH });
    const sent = await recorder.measure("exchange.sell", "oz", () =>
      env.send(seller, desk, { functionName: "sell", args: [SELL_TRIP] }),
    );
    if (sent) for (const id of SELL_IDS) recorder.fill([id], "oz", { gas: sent.gasUsed, input: sent.input });
  });
}

/** A buy by someone new to the token (others already bought), then a second buy by the same person. */
async function buys({ env, recorder }: SuiteContext, implementation: "wayfare" | "oz", desk: Contract) {
  const earlier = await env.fresh();
  await env.send(earlier, desk, { functionName: "buy", value: BUY_ETH });
  const buyer = await env.fresh();
  await recorder.measure("exchange.buy.first", implementation, () =>
    env.send(buyer, desk, { functionName: "buy", value: BUY_ETH }),
  );
  await recorder.measure("exchange.buy.again", implementation, () =>
    env.send(buyer, desk, { functionName: "buy", value: BUY_ETH }),
  );
}
