// Deploying Wayfare to a local `hardhat node`, whose state lives in memory: a journal on disk can
// outlive the chain it describes, so every fresh node gets a fresh deployment.
import { rmSync } from "node:fs";

import { createPublicClient, http } from "viem";

import { seedDemoData } from "../seed.ts";
import { generateBindings } from "./bindings.ts";
import { LOCAL_CHAIN_ID } from "./demo-accounts.ts";
import { deployedChainIds, deploymentDir, readDeployment } from "./deployment.ts";
import { deployWayfare } from "./ignition.ts";

/** Whether every contract Ignition recorded for `chainId` has code on the chain at `rpcUrl`. */
export async function deploymentIsLive(rpcUrl: string, chainId: number): Promise<boolean> {
  if (!deployedChainIds().includes(chainId)) return false;
  const client = createPublicClient({ transport: http(rpcUrl, { retryCount: 0 }) });
  const contracts = Object.values(readDeployment(chainId));
  const codes = await Promise.all(contracts.map(({ address }) => client.getCode({ address })));
  return codes.every((code) => code !== undefined && code !== "0x");
}

/**
 * Deploys Wayfare afresh to the local node at `rpcUrl` (chain 31337), fills it with demo data and
 * regenerates the dApp's bindings. `log` receives one line per step.
 */
export async function deployFreshLocal(
  rpcUrl: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  rmSync(deploymentDir(LOCAL_CHAIN_ID), { recursive: true, force: true });
  log("Deploying Wayfare with Ignition...");
  await deployWayfare({ network: "localhost", rpcUrl });
  log("Seeding demo data...");
  await seedDemoData(rpcUrl, (line) => log(`  ${line}`));
  generateBindings();
}
