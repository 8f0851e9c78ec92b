// `npm start`: a fresh local chain, Wayfare deployed to it, demo data, and the dApp served at
// http://127.0.0.1:3000 (built first when its sources changed). Ctrl-C stops everything.
import { ensureDappBuild } from "./lib/dapp-build.ts";
import { DEMO_ACCOUNTS, LOCAL_CHAIN_ID, demoAccount } from "./lib/demo-accounts.ts";
import { readDeployment } from "./lib/deployment.ts";
import { type RunningNode, startHardhatNode } from "./lib/hardhat-node.ts";
import { PortInUseError, isPortFree } from "./lib/server-process.ts";
import { deployFreshLocal } from "./lib/local-deploy.ts";
import { type RunningApp, startNextServer } from "./lib/next-server.ts";
import { formatTable } from "./lib/table.ts";

const CHAIN_PORT = 8545;
const DAPP_PORT = 3000;
/** Lines of a dead server's output quoted when it stops unexpectedly. */
const OUTPUT_LINES_SHOWN = 15;

function printTable(rows: string[][]): void {
  for (const line of formatTable(rows)) console.log(`  ${line}`);
}

async function main(): Promise<void> {
  const started = Date.now();
  let node: RunningNode | undefined;
  let app: RunningApp | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    stopping = true;
    await Promise.all([app?.stop(), node?.stop()]);
    process.exit(code);
  };
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));

  try {
    // Fail before any slow step when a port is taken (typically by another `npm start`).
    for (const port of [CHAIN_PORT, DAPP_PORT]) if (!(await isPortFree(port))) throw new PortInUseError(port);

    console.log(`Starting the local chain on 127.0.0.1:${CHAIN_PORT}...`);
    node = await startHardhatNode({ port: CHAIN_PORT });
    // The chain lives in memory, so every start deploys afresh with a fresh journal.
    await deployFreshLocal(node.url, (line) => console.log(line));

    const buildStarted = Date.now();
    process.stdout.write("Checking the dApp's production build...");
    const built = await ensureDappBuild();
    console.log(
      built
        ? ` rebuilt in ${((Date.now() - buildStarted) / 1000).toFixed(1)} s.`
        : " up to date, not rebuilt.",
    );
    app = await startNextServer({
      port: DAPP_PORT,
      env: { WAYFARE_RPC_URL: node.url, WAYFARE_CHAIN_ID: String(LOCAL_CHAIN_ID) },
    });

    console.log("\nContracts (chain 31337):");
    printTable(Object.entries(readDeployment(LOCAL_CHAIN_ID)).map(([name, { address }]) => [name, address]));
    console.log("\nDemo accounts (Hardhat's public test keys: never use them on a real network):");
    printTable(DEMO_ACCOUNTS.map(({ name, role }) => [name, demoAccount(name).address, role]));

    console.log(`\nChain RPC: ${node.url} (chain id ${LOCAL_CHAIN_ID})`);
    console.log(`dApp:      ${app.url}`);
    console.log(
      `\nWayfare is ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.`,
    );
    // Half of Wayfare is no use: if either server dies, say so and stop the other.
    for (const [server, what] of [
      [node, "The local chain"],
      [app, "The dApp server"],
    ] as const) {
      void server.exited.then(({ code, signal, output }) => {
        if (stopping) return;
        console.error(
          `\n${what} stopped unexpectedly (${signal ?? `exit code ${code}`}). The end of its output:\n` +
            `${output.trim().split("\n").slice(-OUTPUT_LINES_SHOWN).join("\n") || "(none)"}\n\n` +
            'Wayfare is stopping; run "npm start" again to start afresh.',
        );
        void shutdown(1);
      });
    }
  } catch (error) {
    if (error instanceof PortInUseError) console.error(error.message);
    else console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

await main();
