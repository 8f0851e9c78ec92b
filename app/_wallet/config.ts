// The dApp's one wagmi config, built from the network chosen at run time. The server builds it
// too, to read the connection remembered in the wagmi cookie (so the first render already shows
// the connected account and hydration matches).
import type { Chain } from "viem";
import {
  type Config,
  type Transport,
  cookieStorage,
  createConfig,
  createStorage,
  http,
  injected,
} from "wagmi";

import { type NetworkConfig, isLocalChain, toChain } from "../_lib/network.ts";
import { devWallet } from "./dev-wallet.ts";

/** A local chain mines on demand: poll it often so the UI follows each block. */
const LOCAL_POLLING_MS = 1_000;
const REMOTE_POLLING_MS = 4_000;

/** One chain, chosen at run time: its id is not known to the type system. */
export type WayfareConfig = Config<readonly [Chain], Record<number, Transport>>;

export function createWagmiConfig(network: NetworkConfig): WayfareConfig {
  const chain = toChain(network);
  const local = isLocalChain(network.chainId);
  return createConfig({
    chains: [chain],
    // Reads issued together (a page of blocks, a lab's balances) travel as one JSON-RPC batch.
    transports: { [chain.id]: http(network.rpcUrl, { retryCount: 1, batch: true }) },
    // EIP-6963 wallets join these as they announce themselves; `injected()` catches a legacy
    // `window.ethereum`. The dev wallet exists only on the local chain.
    connectors: local ? [injected(), devWallet()] : [injected()],
    pollingInterval: local ? LOCAL_POLLING_MS : REMOTE_POLLING_MS,
    ssr: true,
    storage: createStorage({ storage: cookieStorage, key: "wayfare" }),
  });
}

declare module "wagmi" {
  interface Register {
    config: WayfareConfig;
  }
}
