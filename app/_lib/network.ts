// The one network the dApp talks to, chosen at run time (not baked into the build) so one
// production build serves any RPC port or any network Wayfare was deployed to.
import { type Chain, defineChain } from "viem";

export const LOCAL_CHAIN_ID = 31337;
export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";

export interface NetworkConfig {
  chainId: number;
  rpcUrl: string;
  /** Shown to people and proposed to wallets when they add the network. */
  name: string;
  /** A block explorer for wallets, when the network has a public one. */
  explorerUrl?: string;
}

/** Names and explorers of networks Wayfare is likely to be deployed to. */
const KNOWN_NETWORKS: Record<number, { name: string; explorerUrl?: string }> = {
  [LOCAL_CHAIN_ID]: { name: "Wayfare Local" },
  1: { name: "Ethereum", explorerUrl: "https://etherscan.io" },
  11155111: { name: "Sepolia", explorerUrl: "https://sepolia.etherscan.io" },
  17000: { name: "Holesky", explorerUrl: "https://holesky.etherscan.io" },
};

export class NetworkConfigError extends Error {}

/**
 * Reads WAYFARE_CHAIN_ID, WAYFARE_RPC_URL and (optionally) WAYFARE_CHAIN_NAME from `env`,
 * defaulting to the local chain at 127.0.0.1:8545.
 */
export function readNetworkConfig(env: Record<string, string | undefined>): NetworkConfig {
  const rawId = env.WAYFARE_CHAIN_ID?.trim() || String(LOCAL_CHAIN_ID);
  const chainId = Number(rawId);
  if (!Number.isSafeInteger(chainId) || chainId <= 0) {
    throw new NetworkConfigError(`WAYFARE_CHAIN_ID must be a positive whole number, not "${rawId}".`);
  }
  const rpcUrl = env.WAYFARE_RPC_URL?.trim() || DEFAULT_RPC_URL;
  let protocol: string;
  try {
    protocol = new URL(rpcUrl).protocol;
  } catch {
    throw new NetworkConfigError(
      `WAYFARE_RPC_URL must be a URL such as ${DEFAULT_RPC_URL}, not "${rpcUrl}".`,
    );
  }
  if (protocol !== "http:" && protocol !== "https:") {
    throw new NetworkConfigError(`WAYFARE_RPC_URL must be an http(s) URL, not "${rpcUrl}".`);
  }
  const known = KNOWN_NETWORKS[chainId];
  const name = env.WAYFARE_CHAIN_NAME?.trim() || known?.name || `Chain ${chainId}`;
  return { chainId, rpcUrl, name, ...(known?.explorerUrl ? { explorerUrl: known.explorerUrl } : {}) };
}

export function isLocalChain(chainId: number): boolean {
  return chainId === LOCAL_CHAIN_ID;
}

/** The viem chain for a network config (ETH as currency, one RPC URL). */
export function toChain(network: NetworkConfig): Chain {
  return defineChain({
    id: network.chainId,
    name: network.name,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [network.rpcUrl] } },
    ...(network.explorerUrl
      ? { blockExplorers: { default: { name: "Etherscan", url: network.explorerUrl } } }
      : {}),
    testnet: network.chainId !== 1,
  });
}
