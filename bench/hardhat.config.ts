// Benchmark-only Hardhat config: the main config plus the reference contracts in bench/contracts
// (OpenZeppelin and Solady), compiled together with Wayfare's contracts by the same compiler with
// the same settings. Its artifacts and cache live under cache/bench/ so the normal `hardhat build`
// and tests never compile Solady nor see the reference contracts.

import type { HardhatUserConfig } from "hardhat/config";

import mainConfig from "../hardhat.config.ts";
import { PROJECT_ROOT } from "../scripts/lib/project.ts";

/** Compiler settings a benchmark run compiles with; `main` means hardhat.config.ts's own. */
export interface OptimizerVariant {
  /** Short name used for the output folders and in the results, e.g. "runs-200". */
  name: string;
  runs: number;
  viaIR: boolean;
}

/** hardhat.config.ts's own optimizer settings, read from it rather than repeated here. */
export function mainOptimizer(): OptimizerVariant {
  const settings = mainSolidity().settings as { optimizer?: { runs?: number }; viaIR?: boolean };
  const runs = settings.optimizer?.runs ?? 200;
  const viaIR = settings.viaIR ?? false;
  return { name: variantName(runs, viaIR), runs, viaIR };
}

export function variantName(runs: number, viaIR: boolean): string {
  return `runs-${runs}${viaIR ? "-via-ir" : ""}`;
}

function mainSolidity(): { version: string; path?: string; settings?: Record<string, unknown> } {
  const solidity = mainConfig.solidity;
  if (typeof solidity !== "object" || solidity === null || !("version" in solidity)) {
    throw new Error("bench expects hardhat.config.ts to configure a single solidity compiler version");
  }
  return solidity as { version: string; path?: string; settings?: Record<string, unknown> };
}

/** The main config with the benchmark's sources added and `variant`'s optimizer settings. */
export function benchConfig(variant: OptimizerVariant = mainOptimizer()): HardhatUserConfig {
  const solidity = mainSolidity();
  const settings = solidity.settings ?? {};
  const out = `${PROJECT_ROOT}cache/bench/${variant.name}`;
  return {
    ...mainConfig,
    solidity: {
      ...solidity,
      settings: {
        ...settings,
        optimizer: { ...(settings.optimizer as object), enabled: true, runs: variant.runs },
        viaIR: variant.viaIR,
      },
    },
    paths: {
      ...mainConfig.paths,
      ignition: `${PROJECT_ROOT}deploy`,
      sources: { solidity: [`${PROJECT_ROOT}contracts`, `${PROJECT_ROOT}bench/contracts`] },
      // The benchmark compiles contracts only: no Solidity tests (this folder does not exist).
      tests: { solidity: `${PROJECT_ROOT}bench/no-tests` },
      artifacts: `${out}/artifacts`,
      cache: `${out}/cache`,
    },
  };
}

export default benchConfig();
