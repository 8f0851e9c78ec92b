// Failures the `trip` CLI reports as one line on stderr, and how ethers' errors become such a line.
import { isError } from "ethers";

/** Bad command line: wrong command, missing or extra arguments. */
export const USAGE_EXIT_CODE = 2;
/** Anything else that stops a command: bad values, the chain, a reverted transaction. */
export const FAILURE_EXIT_CODE = 1;

/** A failure the user can act on; its message is the whole report. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = FAILURE_EXIT_CODE) {
    super(message);
    this.exitCode = exitCode;
  }
}

function formatArg(arg: unknown): string {
  return typeof arg === "string" ? arg : String(arg);
}

/** One line for any error: ours verbatim, a revert by its decoded custom error, others by ethers' summary. */
export function describeError(error: unknown, rpcUrl: string): string {
  if (error instanceof CliError) return error.message;
  if (isError(error, "CALL_EXCEPTION")) {
    const revert = error.revert;
    if (revert)
      return `The chain refused the transaction: ${revert.name}(${revert.args.map(formatArg).join(", ")}).`;
    return `The chain refused the transaction: ${error.shortMessage}.`;
  }
  if (isError(error, "INSUFFICIENT_FUNDS")) return "The sender has not enough ETH to pay for the gas.";
  const text = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|fetch failed|socket hang up/i.test(text)) {
    return `Lost the connection to the chain at ${rpcUrl}: is the node still running?`;
  }
  // ethers' errors carry a one-line `shortMessage`; their `message` adds a JSON dump.
  const shortMessage = (error as { shortMessage?: unknown } | null)?.shortMessage;
  return typeof shortMessage === "string" ? shortMessage : text.split("\n")[0];
}
