// The chain the `trip` CLI talks to: a JSON-RPC node and Wayfare's currency contracts deployed on it.
import { Contract, type InterfaceAbi, JsonRpcProvider, Network } from "ethers";

import { NotDeployedError, readDeployment } from "../lib/deployment.ts";
import { CliError } from "./errors.ts";

export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";
/** How long to wait for the node's first answer before saying it is not running. */
const CONNECT_TIMEOUT_MS = 3_000;
/** Receipt polling: a local chain mines at once, so ethers' 4 s default only adds waiting. */
const POLLING_INTERVAL_MS = 50;

export interface Chain {
  rpcUrl: string;
  chainId: number;
  provider: JsonRpcProvider;
  tripToken: Contract;
  tripExchange: Contract;
}

/** The node's chain id, or a clear error if nothing answers JSON-RPC at `rpcUrl`. */
async function chainIdAt(rpcUrl: string): Promise<number> {
  const notRunning = new CliError(
    `No chain answers at ${rpcUrl}: start the local chain with "npm start", or pass --rpc <url>.`,
  );
  try {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }),
      signal: AbortSignal.timeout(CONNECT_TIMEOUT_MS),
    });
    const { result } = (await response.json()) as { result?: string };
    if (typeof result !== "string") throw notRunning;
    return Number(BigInt(result));
  } catch {
    throw notRunning;
  }
}

/**
 * Connects to `rpcUrl` and finds TRIP and the desk in Ignition's deployment for that chain (or the
 * deployment `deploymentId`), checking that they really are on the chain: a restarted local node
 * forgets them while the deployment files remain.
 */
export async function connect(rpcUrl: string, deploymentId?: string): Promise<Chain> {
  const chainId = await chainIdAt(rpcUrl);
  const network = Network.from(chainId);
  const provider = new JsonRpcProvider(rpcUrl, network, {
    staticNetwork: network,
    pollingInterval: POLLING_INTERVAL_MS,
  });

  let deployment;
  try {
    deployment = readDeployment(chainId, deploymentId);
  } catch (error) {
    if (error instanceof NotDeployedError) throw new CliError(error.message);
    throw error;
  }
  const contracts: Contract[] = [];
  for (const name of ["TripToken", "TripExchange"]) {
    const entry = deployment[name];
    if (!entry) throw new CliError(new NotDeployedError(chainId, deploymentId).message);
    if ((await provider.getCode(entry.address)) === "0x") {
      throw new CliError(
        `${name} is not on the chain at ${rpcUrl} (no code at ${entry.address}); the chain was probably restarted: run "npm start" to deploy again.`,
      );
    }
    contracts.push(new Contract(entry.address, entry.abi as InterfaceAbi, provider));
  }
  const [tripToken, tripExchange] = contracts;
  return { rpcUrl, chainId, provider, tripToken, tripExchange };
}
