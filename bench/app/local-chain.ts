// A local chain with Wayfare deployed and the demo data, on a free port, for measuring the dApp as
// a visitor of `npm start` sees it (pages that read the chain show real data, not "node not running").
import { LOCAL_CHAIN_ID } from "../../scripts/lib/demo-accounts.ts";
import { type RunningNode, startHardhatNode } from "../../scripts/lib/hardhat-node.ts";
import { deployFreshLocal } from "../../scripts/lib/local-deploy.ts";
import { track } from "./processes.ts";

/**
 * Starts `hardhat node` on a free port, then deploys, seeds and regenerates the dApp's bindings as
 * `npm start` does (replacing the local chain's deployment record: the addresses are the same on every
 * fresh chain). The caller stops the node; an interrupted bench stops it too.
 */
export async function startSeededChain(): Promise<RunningNode> {
  const node = await startHardhatNode();
  const untrack = track(node.stop);
  const stop = async () => {
    await node.stop();
    untrack();
  };
  try {
    await deployFreshLocal(node.url, () => {});
    return { ...node, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What the dApp's server needs to talk to `node` (read at run time by the dApp's network config). */
export function dappEnv(node: RunningNode): Record<string, string> {
  return { WAYFARE_RPC_URL: node.url, WAYFARE_CHAIN_ID: String(LOCAL_CHAIN_ID) };
}
