// `npm run deploy -- --network <name> [--verify] [--reset]`: deploys Wayfare with Hardhat Ignition
// and regenerates the dApp's bindings. Ignition journals every step under deploy/deployments/, so
// on a persistent network an interrupted deploy resumes where it stopped and a repeated one is a
// no-op. Secrets (RPC URL, deployer key, Etherscan key) come from Hardhat's keystore, never files.
import { statSync } from "node:fs";
import { parseArgs } from "node:util";

import { createPublicClient, http } from "viem";

import { seedDemoData } from "./seed.ts";
import { BINDINGS_PATH, generateBindings } from "./lib/bindings.ts";
import { LOCAL_CHAIN_ID } from "./lib/demo-accounts.ts";
import { deployedChainIds, deploymentDir, readDeployment } from "./lib/deployment.ts";
import { deployWayfare } from "./lib/ignition.ts";
import { deploymentIsLive } from "./lib/local-deploy.ts";

const USAGE = `Usage: npm run deploy -- --network <name> [--verify] [--reset]

  --network  a network from hardhat.config.ts: "localhost" (a running \`hardhat node\`, default
             http://127.0.0.1:8545 or $WAYFARE_RPC_URL) or a public one such as "sepolia"
  --verify   verify the contracts' source on Etherscan after deploying
  --reset    forget the journal and deploy everything anew`;

const DEFAULT_LOCAL_RPC = "http://127.0.0.1:8545";

function journalTimes(): Map<number, number> {
  return new Map(deployedChainIds().map((id) => [id, statSync(`${deploymentDir(id)}journal.jsonl`).mtimeMs]));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      network: { type: "string" },
      verify: { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const network = values.network;
  if (!network) throw new Error(`Say which network to deploy to.\n\n${USAGE}`);
  if (network === "default") {
    throw new Error(
      '"default" is the in-memory chain that disappears when the command ends: use "localhost".',
    );
  }

  const extraArgs = [...(values.verify ? ["--verify"] : []), ...(values.reset ? ["--reset"] : [])];
  let localRpcUrl: string | undefined;
  if (network === "localhost") {
    localRpcUrl = process.env.WAYFARE_RPC_URL ?? DEFAULT_LOCAL_RPC;
    const chainId = await createPublicClient({ transport: http(localRpcUrl, { retryCount: 0 }) })
      .getChainId()
      .catch(() => {
        throw new Error(
          `No node answers at ${localRpcUrl}: start one with "npm start" or "npx hardhat node".`,
        );
      });
    // A restarted local node has forgotten everything the journal on disk remembers.
    const stale = deployedChainIds().includes(chainId) && !(await deploymentIsLive(localRpcUrl, chainId));
    if (stale && !values.reset) {
      console.log(
        `Chain ${chainId} no longer has the contracts journaled for it (node restarted?): deploying afresh.`,
      );
      extraArgs.push("--reset");
    }
  }

  const before = journalTimes();
  await deployWayfare({ network, extraArgs, inheritOutput: true, rpcUrl: localRpcUrl });
  const touched = [...journalTimes()].filter(([id, time]) => before.get(id) !== time).map(([id]) => id);

  if (localRpcUrl && touched.includes(LOCAL_CHAIN_ID)) {
    console.log("Seeding demo data...");
    await seedDemoData(localRpcUrl, (line) => console.log(`  ${line}`));
  }

  generateBindings();
  for (const chainId of touched.length ? touched : deployedChainIds()) {
    console.log(`\nWayfare on chain ${chainId}:`);
    for (const [name, { address }] of Object.entries(readDeployment(chainId))) {
      console.log(`  ${name.padEnd(16)} ${address}`);
    }
  }
  console.log(
    `\nBindings regenerated in ${BINDINGS_PATH}. Rebuild the dApp ("npm run build") and serve it with` +
      ` WAYFARE_CHAIN_ID and WAYFARE_RPC_URL set for this network (see the README).`,
  );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
