// `npm start`: a fresh local chain, Wayfare deployed to it, demo data, and (soon) the dApp. Ctrl-C stops all.
import { rmSync } from "node:fs";

import { DEMO_ACCOUNTS, LOCAL_CHAIN_ID, demoAccount } from "./lib/demo-accounts.ts";
import { deploymentDir, readDeployment } from "./lib/deployment.ts";
import { PortInUseError, type RunningNode, startHardhatNode } from "./lib/hardhat-node.ts";
import { deployWayfare } from "./lib/ignition.ts";
import { formatTable } from "./lib/table.ts";
import { seedDemoData } from "./seed.ts";

const CHAIN_PORT = 8545;

function printTable(rows: string[][]): void {
  for (const line of formatTable(rows)) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  let node: RunningNode | undefined;
  const shutdown = async (code: number) => {
    await node?.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));

  try {
    console.log(`Starting the local chain on 127.0.0.1:${CHAIN_PORT}...`);
    node = await startHardhatNode({ port: CHAIN_PORT });

    // The chain lives in memory, so every start deploys afresh with a fresh journal.
    rmSync(deploymentDir(LOCAL_CHAIN_ID), { recursive: true, force: true });
    console.log("Deploying Wayfare with Ignition...");
    await deployWayfare({ network: "localhost", rpcUrl: node.url });

    console.log("Seeding demo data...");
    await seedDemoData(node.url, (line) => console.log(`  ${line}`));

    console.log("\nContracts (chain 31337):");
    printTable(Object.entries(readDeployment(LOCAL_CHAIN_ID)).map(([name, { address }]) => [name, address]));
    console.log("\nDemo accounts (Hardhat's public test keys: never use them on a real network):");
    printTable(DEMO_ACCOUNTS.map(({ name, role }) => [name, demoAccount(name).address, role]));

    console.log(`\nChain RPC: ${node.url} (chain id ${LOCAL_CHAIN_ID})`);
    console.log("The dApp is not part of this build yet; use `npm run trip` against the chain.");
    console.log(
      `\nWayfare is ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.`,
    );
  } catch (error) {
    if (error instanceof PortInUseError) console.error(error.message);
    else console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

await main();
