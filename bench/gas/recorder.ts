// Collects the measured gas of each operation per implementation, and why a cell has no number.
import type { Hex } from "viem";

import type { GasEnv, Sent } from "./harness.ts";
import type { Implementation, WayfareContracts } from "./operations.ts";

export type Cell = { gas: number; input: Hex } | { unavailable: string } | { error: string };

export class Recorder {
  readonly cells = new Map<string, Partial<Record<Implementation, Cell>>>();

  /** Runs `action` (one transaction) and records its gas, or the error that stopped it. */
  async measure(
    id: string,
    implementation: Implementation,
    action: () => Promise<Sent>,
  ): Promise<Sent | undefined> {
    try {
      const sent = await action();
      this.set(id, implementation, { gas: sent.gasUsed, input: sent.input });
      return sent;
    } catch (error) {
      if (process.env.BENCH_DEBUG) console.error(error);
      this.set(id, implementation, { error: messageOf(error) });
      return undefined;
    }
  }

  /** Records `cell` for each of `ids` that has nothing recorded for `implementation` yet. */
  fill(ids: readonly string[], implementation: Implementation, cell: Cell): void {
    for (const id of ids) if (!this.cells.get(id)?.[implementation]) this.set(id, implementation, cell);
  }

  get(id: string, implementation: Implementation): Cell | undefined {
    return this.cells.get(id)?.[implementation];
  }

  private set(id: string, implementation: Implementation, cell: Cell): void {
    this.cells.set(id, { ...this.cells.get(id), [implementation]: cell });
  }
}

export function messageOf(error: unknown): string {
  if (
    error &&
    typeof error === "object" &&
    "shortMessage" in error &&
    typeof error.shortMessage === "string"
  ) {
    return error.shortMessage;
  }
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

export interface SuiteContext {
  env: GasEnv;
  wayfare: WayfareContracts;
  recorder: Recorder;
  /** Whether to measure the OpenZeppelin and Solady references too (off for optimizer sweeps). */
  references: boolean;
}

/**
 * Runs one implementation's scenario for `ids`; a setup step that throws marks the operations it
 * did not reach as errors instead of stopping the benchmark.
 */
export async function scenario(
  context: SuiteContext,
  implementation: Implementation,
  ids: readonly string[],
  run: () => Promise<void>,
): Promise<void> {
  if (implementation !== "wayfare" && !context.references) return;
  try {
    await run();
  } catch (error) {
    if (process.env.BENCH_DEBUG) console.error(error);
    context.recorder.fill(ids, implementation, { error: messageOf(error) });
  }
}
