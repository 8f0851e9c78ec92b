// A browser wallet for the tests: an EIP-1193 provider announced over EIP-6963, injected into the
// page before any script runs. Accounts and signing come from the node (its unlocked Hardhat
// accounts); authorization and the selected chain survive reloads in localStorage, as in a real
// wallet. `window.testWallet` lets a test move the wallet to another chain, as a user would.
import type { Page } from "playwright-core";

export interface TestWalletOptions {
  /** The node the wallet forwards to. */
  rpcUrl: string;
  /** The account the wallet exposes (an unlocked account of the node). */
  account: `0x${string}`;
  /** The chain the wallet starts on (e.g. 1 to start on the wrong network). */
  chainId: number;
  /** Chains the wallet knows before the dApp asks to add any. */
  knownChains?: number[];
  name?: string;
  rdns?: string;
}

export const TEST_WALLET_NAME = "Test Wallet";

/** Runs in the page: must be self-contained (it is serialized by Playwright). */
function installTestWallet(options: Required<TestWalletOptions>): void {
  const STORAGE_KEY = "wayfare-test-wallet";
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as {
    chainId?: number;
    authorized?: boolean;
    knownChains?: number[];
  };
  let chainId = saved.chainId ?? options.chainId;
  let authorized = saved.authorized ?? false;
  const knownChains = new Set(saved.knownChains ?? options.knownChains);
  const requests: { method: string; params: unknown }[] = [];

  const hex = (value: number) => `0x${value.toString(16)}`;
  const persist = () =>
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ chainId, authorized, knownChains: [...knownChains] }));
  const emit = (event: string, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  const fail = (code: number, message: string) => Object.assign(new Error(message), { code });
  const permissions = () => [
    {
      parentCapability: "eth_accounts",
      caveats: [{ type: "restrictReturnedAccounts", value: [options.account] }],
    },
  ];
  const switchTo = (id: number) => {
    chainId = id;
    persist();
    emit("chainChanged", hex(id));
  };

  async function forward(method: string, params: unknown): Promise<unknown> {
    const response = await fetch(options.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: Date.now(), method, params: params ?? [] }),
    });
    const body = (await response.json()) as {
      result?: unknown;
      error?: { code: number; message: string; data?: unknown };
    };
    if (body.error) throw Object.assign(new Error(body.error.message), body.error);
    return body.result;
  }

  const provider = {
    async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
      requests.push({ method, params });
      const args = (params ?? []) as Record<string, string>[];
      switch (method) {
        case "eth_chainId":
          return hex(chainId);
        case "net_version":
          return String(chainId);
        case "eth_accounts":
          return authorized ? [options.account] : [];
        case "eth_requestAccounts":
        case "wallet_requestPermissions":
          authorized = true;
          persist();
          return method === "eth_requestAccounts" ? [options.account] : permissions();
        case "wallet_getPermissions":
          return authorized ? permissions() : [];
        case "wallet_revokePermissions":
          authorized = false;
          persist();
          return null;
        case "wallet_switchEthereumChain": {
          const id = Number(args[0].chainId);
          if (!knownChains.has(id)) throw fail(4902, `Unrecognized chain ID ${hex(id)}.`);
          switchTo(id);
          return null;
        }
        case "wallet_addEthereumChain": {
          // Like MetaMask: adding a chain also switches to it.
          knownChains.add(Number(args[0].chainId));
          switchTo(Number(args[0].chainId));
          return null;
        }
        case "eth_sendTransaction":
          if (!authorized) throw fail(4100, "The requested account has not been authorized.");
          return forward(method, params);
        default:
          return forward(method, params);
      }
    },
    on(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return provider;
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return provider;
    },
  };

  const icon =
    "data:image/svg+xml," +
    encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#3b5bdb"/><path d="M9 16l5 5 9-10" stroke="#fff" stroke-width="3" fill="none"/></svg>',
    );
  const detail = Object.freeze({
    info: Object.freeze({ uuid: crypto.randomUUID(), name: options.name, icon, rdns: options.rdns }),
    provider,
  });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();

  Object.assign(window, {
    testWallet: {
      switchTo,
      requests,
      get chainId() {
        return chainId;
      },
    },
  });
}

/** Injects the test wallet into every page of `page`'s context, before the dApp's scripts run. */
export async function injectTestWallet(page: Page, options: TestWalletOptions): Promise<void> {
  await page.addInitScript(installTestWallet, {
    knownChains: [options.chainId],
    name: TEST_WALLET_NAME,
    rdns: "org.wayfare.testwallet",
    ...options,
  });
}
