// The built-in dev wallet: a wagmi connector that signs with Hardhat's well-known test accounts
// (named after their demo roles), for visitors without a browser wallet. Their keys are public,
// so it refuses to connect or sign on any chain but the local one (31337).
import {
  type Address,
  type EIP1193RequestFn,
  type Hex,
  ProviderRpcError,
  UserRejectedRequestError,
  createWalletClient,
  getAddress,
  hexToBigInt,
  http,
  isAddressEqual,
  numberToHex,
} from "viem";
import { createConnector } from "wagmi";

import { localAccounts } from "../_generated/contracts.ts";
import { LOCAL_CHAIN_ID } from "../_lib/network.ts";

export const DEV_WALLET_ID = "wayfare-dev-wallet";
const CONNECTED_KEY = "devWallet.connected";
const ACCOUNT_KEY = "devWallet.account";
/** The visitor's default role. */
const DEFAULT_ACCOUNT = "Tourist";

const ICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#b35c00"/><path d="M8 11h16v12H8z" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M11 11V8h10v3" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="20" cy="17" r="1.8" fill="#fff"/></svg>',
  );

export type LocalAccountName = (typeof localAccounts)[number]["name"];

class WrongChainError extends ProviderRpcError {
  constructor(chainId: number) {
    super(new Error(`The dev wallet only works on the local chain ${LOCAL_CHAIN_ID}, not ${chainId}.`), {
      code: 4902,
      shortMessage: `The dev wallet signs with public test keys, so it only works on the local chain (${LOCAL_CHAIN_ID}).`,
    });
  }
}

/** The extra method the dApp calls to change the dev wallet's account. */
export type DevWalletControls = {
  selectAccount(name: LocalAccountName): Promise<void>;
};

/** The few storage calls the dev wallet makes, with its own keys (wagmi's types list only its own). */
type KeyValueStorage = {
  getItem(key: string): Promise<unknown> | unknown;
  setItem(key: string, value: unknown): Promise<void> | void;
  removeItem(key: string): Promise<void> | void;
};

function ordered(selected: LocalAccountName): Address[] {
  const first = localAccounts.find((account) => account.name === selected) ?? localAccounts[1];
  return [
    first.address,
    ...localAccounts.filter((account) => account !== first).map((account) => account.address),
  ];
}

export function devWallet() {
  type Provider = { request: EIP1193RequestFn };
  let selected: LocalAccountName = DEFAULT_ACCOUNT;
  let provider: Provider | undefined;

  return createConnector<Provider, DevWalletControls>((config) => {
    const chain = config.chains[0];
    const storage = config.storage as unknown as KeyValueStorage | null;
    const rpcUrl = chain.rpcUrls.default.http[0];
    const rpc = http(rpcUrl, { retryCount: 0 })({ chain });

    async function assertLocalChain(): Promise<void> {
      const chainId = Number(await rpc.request({ method: "eth_chainId" }));
      if (chain.id !== LOCAL_CHAIN_ID || chainId !== LOCAL_CHAIN_ID) throw new WrongChainError(chainId);
    }

    /** Derives a test account's key only when it has to sign (keeps key derivation off page load). */
    async function signer(address: Address) {
      await assertLocalChain();
      const entry = localAccounts.find((account) => isAddressEqual(account.address, address));
      if (!entry) throw new UserRejectedRequestError(new Error(`The dev wallet has no key for ${address}.`));
      const { demoAccount } = await import("../../scripts/lib/demo-accounts.ts");
      return demoAccount(entry.name);
    }

    const request = (async ({ method, params }: { method: string; params?: unknown }) => {
      const args = (params ?? []) as unknown[];
      switch (method) {
        case "eth_chainId":
          return numberToHex(chain.id);
        case "eth_accounts":
        case "eth_requestAccounts":
          return ordered(selected);
        case "wallet_switchEthereumChain": {
          const target = Number((args[0] as { chainId: Hex }).chainId);
          if (target !== LOCAL_CHAIN_ID) throw new WrongChainError(target);
          return null;
        }
        case "eth_sendTransaction": {
          const tx = args[0] as Record<string, Hex | undefined> & { from: Address; to?: Address };
          const account = await signer(tx.from);
          const client = createWalletClient({ account, chain, transport: http(rpcUrl, { retryCount: 0 }) });
          return client.sendTransaction({
            to: tx.to,
            data: tx.data ?? tx.input,
            value: tx.value ? hexToBigInt(tx.value) : undefined,
            gas: tx.gas ? hexToBigInt(tx.gas) : undefined,
            nonce: tx.nonce ? Number(tx.nonce) : undefined,
            ...(tx.maxFeePerGas ? { maxFeePerGas: hexToBigInt(tx.maxFeePerGas) } : {}),
            ...(tx.maxPriorityFeePerGas
              ? { maxPriorityFeePerGas: hexToBigInt(tx.maxPriorityFeePerGas) }
              : {}),
          } as Parameters<typeof client.sendTransaction>[0]);
        }
        case "personal_sign": {
          const [message, address] = args as [Hex, Address];
          return (await signer(address)).signMessage({ message: { raw: message } });
        }
        case "eth_signTypedData_v4": {
          const [address, json] = args as [Address, string];
          const typed = JSON.parse(json) as {
            domain: Record<string, unknown>;
            types: Record<string, { name: string; type: string }[]>;
            primaryType: string;
            message: Record<string, unknown>;
          };
          const { EIP712Domain: _domain, ...types } = typed.types;
          return (await signer(address)).signTypedData({ ...typed, types } as never);
        }
        default:
          return rpc.request({ method, params } as never);
      }
    }) as EIP1193RequestFn;

    return {
      id: DEV_WALLET_ID,
      name: "Dev wallet (test keys)",
      type: "devWallet",
      icon: ICON,
      async setup() {
        const saved = await storage?.getItem(ACCOUNT_KEY);
        if (typeof saved === "string" && localAccounts.some((account) => account.name === saved)) {
          selected = saved as LocalAccountName;
        }
      },
      async connect({ chainId, withCapabilities } = {}) {
        if (chainId !== undefined && chainId !== LOCAL_CHAIN_ID) throw new WrongChainError(chainId);
        await assertLocalChain();
        await storage?.setItem(CONNECTED_KEY, true);
        const accounts = ordered(selected);
        return {
          accounts: (withCapabilities
            ? accounts.map((address) => ({ address, capabilities: {} }))
            : accounts) as never,
          chainId: LOCAL_CHAIN_ID,
        };
      },
      async disconnect() {
        await storage?.removeItem(CONNECTED_KEY);
      },
      async getAccounts() {
        return ordered(selected);
      },
      async getChainId() {
        return chain.id;
      },
      async getProvider() {
        provider ??= { request };
        return provider;
      },
      async isAuthorized() {
        return chain.id === LOCAL_CHAIN_ID && Boolean(await storage?.getItem(CONNECTED_KEY));
      },
      async switchChain({ chainId }) {
        if (chainId !== LOCAL_CHAIN_ID) throw new WrongChainError(chainId);
        return chain;
      },
      onAccountsChanged(accounts) {
        config.emitter.emit("change", { accounts: accounts.map((address) => getAddress(address)) });
      },
      onChainChanged(chainId) {
        config.emitter.emit("change", { chainId: Number(chainId) });
      },
      onDisconnect() {
        config.emitter.emit("disconnect");
      },
      async selectAccount(name) {
        selected = name;
        await storage?.setItem(ACCOUNT_KEY, name);
        config.emitter.emit("change", { accounts: ordered(name) });
      },
    };
  });
}
