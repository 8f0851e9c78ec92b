// Giving accounts tokens to spend: TRIP comes from the exchange desk, reference tokens are minted.
import type { Contract, GasEnv, Wallet } from "../harness.ts";
import type { WayfareContracts } from "../operations.ts";

/** One whole token (18 decimals). */
export const UNIT = 10n ** 18n;

export type Fund = (wallet: Wallet, amount: bigint) => Promise<void>;

/** Buys `amount` TRIP for `wallet` at the desk (what a visitor does first). */
export function tripFunding(env: GasEnv, wayfare: WayfareContracts): Fund {
  const exchange = wayfare.TripExchange;
  if (!exchange) throw new Error("TripExchange is not deployed");
  return async (wallet, amount) => {
    const rate = await env.read<bigint>(exchange, "rate");
    await env.send(wallet, exchange, { functionName: "buy", value: amount / rate });
  };
}

/** Mints `amount` of a benchmark reference token (their `mint` is open). */
export function mintFunding(env: GasEnv, token: Contract): Fund {
  return async (wallet, amount) => {
    await env.send(wallet, token, { functionName: "mint", args: [wallet.account.address, amount] });
  };
}

/** The TRIP token, or an error naming what is missing. */
export function trip(wayfare: WayfareContracts): Contract {
  if (!wayfare.TripToken) throw new Error("TripToken is not deployed");
  return wayfare.TripToken;
}
