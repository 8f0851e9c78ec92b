// Reads what Ignition deployed to a chain: contract name → address and ABI, from deploy/deployments/.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { Abi, Address } from "viem";

export const DEPLOYMENTS_DIR = fileURLToPath(new URL("../../deploy/deployments/", import.meta.url));

export interface DeployedContract {
  address: Address;
  abi: Abi;
}

export type Deployment = Record<string, DeployedContract>;

export class NotDeployedError extends Error {
  constructor(chainId: number, deploymentId = defaultDeploymentId(chainId)) {
    const which = deploymentId === defaultDeploymentId(chainId) ? "" : ` (deployment "${deploymentId}")`;
    super(
      `Wayfare's contracts are not deployed on chain ${chainId}${which}: run "npm start" (local) or "npm run deploy".`,
    );
  }
}

/** Ignition's deployment id when none is given: one deployment per chain. */
export function defaultDeploymentId(chainId: number): string {
  return `chain-${chainId}`;
}

/** Where Ignition keeps a deployment; ids other than `chain-<id>` keep e.g. a test's apart. */
export function deploymentDir(chainId: number, deploymentId = defaultDeploymentId(chainId)): string {
  return `${DEPLOYMENTS_DIR}${deploymentId}/`;
}

/** Chain ids that have an Ignition deployment on disk. */
export function deployedChainIds(): number[] {
  if (!existsSync(DEPLOYMENTS_DIR)) return [];
  return readdirSync(DEPLOYMENTS_DIR)
    .map((entry) => /^chain-(\d+)$/.exec(entry)?.[1])
    .filter(
      (id): id is string =>
        id !== undefined && existsSync(`${deploymentDir(Number(id))}deployed_addresses.json`),
    )
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Contracts of the deployment on `chainId` (or of the given Ignition deployment id), keyed by contract
 * name (e.g. "TripToken"). Futures that deploy the same contract twice keep their future id as the key.
 */
export function readDeployment(chainId: number, deploymentId = defaultDeploymentId(chainId)): Deployment {
  const dir = deploymentDir(chainId, deploymentId);
  const addressesFile = `${dir}deployed_addresses.json`;
  if (!existsSync(addressesFile)) throw new NotDeployedError(chainId, deploymentId);
  const addresses = JSON.parse(readFileSync(addressesFile, "utf8")) as Record<string, Address>;
  const deployment: Deployment = {};
  for (const [futureId, address] of Object.entries(addresses)) {
    const artifact = JSON.parse(readFileSync(`${dir}artifacts/${futureId}.json`, "utf8")) as {
      contractName: string;
      abi: Abi;
    };
    const name = artifact.contractName in deployment ? futureId : artifact.contractName;
    deployment[name] = { address, abi: artifact.abi };
  }
  return deployment;
}
