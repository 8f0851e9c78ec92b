// Compiles Wayfare with the benchmark's reference contracts at one optimizer setting, deploys Wayfare
// the way `npm start` does (its Ignition module) on an in-process EDR chain, and measures every
// operation of operations.ts for Wayfare and, optionally, the references.
import { readdirSync } from "node:fs";

import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";
import { type Abi, type Hex, size } from "viem";

import WayfareModule from "../../deploy/modules/Wayfare.ts";
import { PROJECT_ROOT } from "../../scripts/lib/project.ts";
import { type OptimizerVariant, benchConfig } from "../hardhat.config.ts";
import { type Floor, floorOf } from "./floor.ts";
import { type Contract, GasEnv } from "./harness.ts";
import {
  IMPLEMENTATIONS,
  type Implementation,
  OPERATIONS,
  WAYFARE_CONTRACTS,
  type WayfareContracts,
  floorContext,
} from "./operations.ts";
import { type Cell, Recorder, type SuiteContext, messageOf } from "./recorder.ts";
import { auctionSuite } from "./suites/auction.ts";
import { exchangeSuite } from "./suites/exchange.ts";
import { ticketSuite } from "./suites/ticket.ts";
import { tokenSuite } from "./suites/token.ts";
import { vaultSuite } from "./suites/vault.ts";

/** EIP-170: the largest deployed (runtime) code; EIP-3860: the largest initcode. */
export const MAX_RUNTIME_BYTES = 24_576;
export const MAX_INITCODE_BYTES = 49_152;

export const NOT_DEPLOYED = "not available yet (contract not deployed by deploy/modules/Wayfare.ts)";

export type CellResult = { gas: number } | { unavailable: string } | { error: string };

export interface OperationResult {
  id: string;
  group: string;
  operation: string;
  references: Partial<Record<Implementation, string>>;
  extra?: string;
  gas: Partial<Record<Implementation, CellResult>>;
  floor:
    | (Omit<Floor, "parts"> & { parts: { what: string; gas: number; refund?: number }[] })
    | { unavailable: string };
  /** Wayfare / OpenZeppelin and Wayfare / floor, when both numbers exist. */
  ratios: { wayfareToOz?: number; wayfareToFloor?: number };
}

export interface ContractSize {
  contract: string;
  runtimeBytes: number;
  initcodeBytes: number;
}

export interface GasRun {
  variant: OptimizerVariant;
  compiler: { solc: string; evmVersion: string };
  hardfork: string;
  deployed: string[];
  operations: OperationResult[];
  sizes: ContractSize[];
}

export async function measureGas(
  variant: OptimizerVariant,
  options: { references: boolean; log: (line: string) => void },
): Promise<GasRun> {
  const hre = await createHardhatRuntimeEnvironment(benchConfig(variant), {}, PROJECT_ROOT);
  options.log(
    `Compiling (${variant.name}${options.references ? ", with the OpenZeppelin and Solady references" : ""})...`,
  );
  const started = Date.now();
  await hre.tasks
    .getTask("build")
    .run({ quiet: true, noTests: true, files: sourcesToBuild(options.references) });
  options.log(`  compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const env = await GasEnv.create(hre);
  const wayfare = await deployWayfare(env);
  options.log(`Measuring on EDR (deployed: ${Object.keys(wayfare).join(", ")})...`);
  const recorder = new Recorder();
  const context: SuiteContext = { env, wayfare, recorder, references: options.references };
  for (const suite of [tokenSuite, exchangeSuite, vaultSuite, ticketSuite, auctionSuite])
    await suite(context);
  for (const operation of OPERATIONS) {
    if (!wayfare[operation.contract]) recorder.fill([operation.id], "wayfare", { unavailable: NOT_DEPLOYED });
  }

  const networkConfig = hre.config.networks[env.connection.networkName] as { hardfork?: string };
  const solidity = hre.config.solidity.profiles.default.compilers[0];
  return {
    variant,
    compiler: { solc: solidity.version, evmVersion: String(solidity.settings.evmVersion ?? "default") },
    hardfork: networkConfig.hardfork ?? "unknown",
    deployed: Object.keys(wayfare),
    operations: results(recorder, wayfare, options.references),
    sizes: await contractSizes(hre),
  };
}

/** Everything under contracts/ and bench/contracts/, or only what Wayfare's rows need. */
function sourcesToBuild(references: boolean): string[] {
  if (references) return [];
  const wayfareSources = readdirSync(`${PROJECT_ROOT}contracts`, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".sol"))
    .map((file) => `${PROJECT_ROOT}contracts/${file}`);
  return [...wayfareSources, `${PROJECT_ROOT}bench/contracts/BenchReceiver.sol`];
}

/** Deploys the Ignition module `npm start` deploys and finds Wayfare's contracts in it by ABI. */
async function deployWayfare(env: GasEnv): Promise<WayfareContracts> {
  const deployed = (await env.connection.ignition.deploy(WayfareModule)) as Record<string, Contract>;
  const found: WayfareContracts = {};
  for (const name of WAYFARE_CONTRACTS) {
    if (!(await env.hre.artifacts.artifactExists(name))) continue;
    const abi = (await env.hre.artifacts.readArtifact(name)).abi as Abi;
    const match = Object.values(deployed).find(
      (contract) => JSON.stringify(contract.abi) === JSON.stringify(abi),
    );
    if (match) found[name] = { address: match.address, abi };
  }
  return found;
}

function results(recorder: Recorder, wayfare: WayfareContracts, references: boolean): OperationResult[] {
  const floors = floorContext(wayfare);
  return OPERATIONS.map((operation) => {
    const gas: OperationResult["gas"] = {};
    for (const implementation of IMPLEMENTATIONS) {
      if (implementation !== "wayfare" && (!references || !operation.references[implementation])) continue;
      gas[implementation] = cellResult(recorder.get(operation.id, implementation));
    }
    const input = calldataOf(recorder, operation.id);
    let floor: OperationResult["floor"];
    try {
      floor = input ? floorOf(input, operation.floor(floors)) : { unavailable: "no measured transaction" };
    } catch (error) {
      floor = { unavailable: messageOf(error) };
    }
    const wayfareGas = numberOf(gas.wayfare);
    const ozGas = numberOf(gas.oz);
    return {
      id: operation.id,
      group: operation.group,
      operation: operation.operation,
      references: operation.references,
      extra: operation.extra,
      gas,
      floor,
      ratios: {
        wayfareToOz: wayfareGas && ozGas ? wayfareGas / ozGas : undefined,
        wayfareToFloor: wayfareGas && "gas" in floor ? wayfareGas / floor.gas : undefined,
      },
    };
  });
}

/** The floor is worked out from Wayfare's calldata, or a reference's while Wayfare's is missing. */
function calldataOf(recorder: Recorder, id: string): Hex | undefined {
  for (const implementation of IMPLEMENTATIONS) {
    const cell = recorder.get(id, implementation);
    if (cell && "input" in cell) return cell.input;
  }
  return undefined;
}

function cellResult(cell: Cell | undefined): CellResult {
  if (!cell) return { error: "not measured" };
  return "gas" in cell ? { gas: cell.gas } : cell;
}

export function numberOf(cell: CellResult | undefined): number | undefined {
  return cell && "gas" in cell ? cell.gas : undefined;
}

/** Deployed and init code size of every deployable contract under contracts/. */
async function contractSizes(hre: HardhatRuntimeEnvironment): Promise<ContractSize[]> {
  const sizes: ContractSize[] = [];
  for (const name of await hre.artifacts.getAllFullyQualifiedNames()) {
    if (!name.startsWith("contracts/") || name.startsWith("contracts/mocks/")) continue;
    const artifact = await hre.artifacts.readArtifact(name);
    const runtimeBytes = size(artifact.deployedBytecode as Hex);
    if (runtimeBytes === 0) continue; // interfaces and abstract contracts
    sizes.push({
      contract: artifact.contractName,
      runtimeBytes,
      initcodeBytes: size(artifact.bytecode as Hex),
    });
  }
  return sizes.sort((a, b) => a.contract.localeCompare(b.contract));
}
