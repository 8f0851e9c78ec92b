// The labs' errors in their own words: a contract's custom error is decoded and, when a lab knows it
// (an expired payment, locked savings, a closed round…), explained with what to do next; anything else
// gets the dApp's general explanation.
import { explainAuthorizationError } from "./eip3009.ts";
import { type ExplainedError, explainError, findRevert } from "./errors.ts";
import { formatAmount } from "./format.ts";

export interface DecodedRevert {
  errorName: string;
  args: readonly unknown[];
}

/** The custom error and its arguments, when `error` is a decoded contract revert. */
export function decodedRevert(error: unknown): DecodedRevert | undefined {
  const data = findRevert(error)?.data;
  return data ? { errorName: data.errorName, args: data.args ?? [] } : undefined;
}

/** A lab's explainer: a sentence for the errors it knows, undefined for the rest. */
export type RevertExplainer = (revert: DecodedRevert) => string | undefined;

/** Explains `error` with the lab's own explainers first, then the dApp's general words. */
export function explainLabError(
  error: unknown,
  explainers: readonly RevertExplainer[],
  context: { contractName?: string; functionName?: string } = {},
): ExplainedError {
  const revert = decodedRevert(error);
  if (revert) {
    for (const explain of explainers) {
      const message = explain(revert);
      if (message) return { kind: "reverted", errorName: revert.errorName, message };
    }
  }
  return explainError(error, context);
}

/** EIP-3009's refusals (expired, reused, cancelled, forged, wrong submitter). */
export const authorizationExplainer: RevertExplainer = ({ errorName, args }) =>
  explainAuthorizationError(errorName, args);

/** TRIP's and the desk's refusals that a visitor can run into. */
export const tokenExplainer: RevertExplainer = ({ errorName, args }) => {
  switch (errorName) {
    case "ERC20InsufficientBalance":
      return `Not enough TRIP: the account holds ${formatAmount(args[1] as bigint, 18)} TRIP and this needs ${formatAmount(args[2] as bigint, 18)} TRIP. Buy more at the exchange desk in the Pay lab.`;
    case "ERC20InsufficientAllowance":
      return `The contract may spend only ${formatAmount(args[1] as bigint, 18)} TRIP of the account and this needs ${formatAmount(args[2] as bigint, 18)} TRIP: approve more first.`;
    case "AmountNotMultipleOfRate":
      return `The desk buys back whole multiples of ${formatAmount(args[1] as bigint, 18, 18)} TRIP only (one wei of ETH each), so no TRIP is left over as dust.`;
    case "ZeroAmount":
      return "The desk does not trade nothing: enter an amount above zero.";
    default:
      return undefined;
  }
};
