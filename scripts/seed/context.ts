// What every demo-data seeder gets: clients for the local node, the named demo accounts, the deployment.
import {
  type Account,
  type Address,
  type Chain,
  type Hash,
  type PublicClient,
  type TestClient,
  type Transport,
  type WalletClient,
  createPublicClient,
  createTestClient,
  createWalletClient,
  defineChain,
  http,
} from "viem";

import { type DemoAccountName, LOCAL_CHAIN_ID, demoAccount } from "../lib/demo-accounts.ts";
import { type Deployment, readDeployment } from "../lib/deployment.ts";

export interface SeedContext {
  publicClient: PublicClient;
  testClient: TestClient<"hardhat">;
  contracts: Deployment;
  walletOf(name: DemoAccountName): WalletClient<Transport, Chain, Account>;
  /** Sends a contract write from a demo account and waits for its receipt; throws if it reverted. */
  write(
    from: DemoAccountName,
    contract: string,
    functionName: string,
    args?: readonly unknown[],
    value?: bigint,
  ): Promise<Hash>;
  addressOf(name: DemoAccountName): Address;
  log(line: string): void;
}

export function createSeedContext(rpcUrl: string, log: (line: string) => void = console.log): SeedContext {
  const chain = defineChain({
    id: LOCAL_CHAIN_ID,
    name: "Wayfare Local",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  const transport = http(rpcUrl);
  const publicClient = createPublicClient({ chain, transport });
  const testClient = createTestClient({ chain, mode: "hardhat", transport });
  const contracts = readDeployment(LOCAL_CHAIN_ID);

  const walletOf = (name: DemoAccountName) =>
    createWalletClient({ account: demoAccount(name), chain, transport });

  const write: SeedContext["write"] = async (from, contract, functionName, args = [], value) => {
    const target = contracts[contract];
    if (!target) throw new Error(`Contract ${contract} is not in the deployment.`);
    const hash = await walletOf(from).writeContract({
      address: target.address,
      abi: target.abi,
      functionName,
      args,
      value,
    });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success")
      throw new Error(`${from}'s ${contract}.${functionName} reverted (${hash}).`);
    return hash;
  };

  return {
    publicClient,
    testClient,
    contracts,
    walletOf,
    write,
    addressOf: (name) => demoAccount(name).address,
    log,
  };
}
