"use client";

import { useState } from "react";
import { type Connector, useConnect, useConnectors } from "wagmi";

import { localAccounts } from "../../_generated/contracts.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";
import { explainError } from "../../_lib/errors.ts";
import { isLocalChain } from "../../_lib/network.ts";
import { DEV_WALLET_ID, type DevWalletControls, type LocalAccountName } from "../../_wallet/dev-wallet.ts";
import { Dialog } from "../dapp/Dialog.tsx";
import { WalletIcon } from "./WalletIcon.tsx";

/** Injected wallets to offer: every EIP-6963 one, or the legacy `window.ethereum` when none announced. */
function browserWallets(connectors: readonly Connector[]): Connector[] {
  const injected = connectors.filter((connector) => connector.type === "injected");
  const announced = injected.filter((connector) => connector.id !== "injected");
  if (announced.length > 0) return announced;
  const legacy = typeof window !== "undefined" && "ethereum" in window;
  return legacy ? injected : [];
}

export function ConnectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const network = useNetwork();
  const connectors = useConnectors();
  const connect = useConnect();
  const [devAccount, setDevAccount] = useState<LocalAccountName>("Tourist");
  const wallets = open ? browserWallets(connectors) : [];
  const devWallet = connectors.find((connector) => connector.id === DEV_WALLET_ID);
  const local = isLocalChain(network.chainId);

  // No chainId here: a wallet on another network still connects, and the banner offers the switch.
  const connectWith = (connector: Connector) => connect.mutate({ connector }, { onSuccess: onClose });

  return (
    <Dialog open={open} onClose={onClose} title="Connect a wallet">
      <section aria-labelledby="browser-wallets">
        <h3 id="browser-wallets">Browser wallets</h3>
        {wallets.length > 0 ? (
          <ul className="wallet-list">
            {wallets.map((connector) => (
              <li key={connector.uid}>
                <button
                  type="button"
                  className="wallet-option"
                  disabled={connect.isPending}
                  onClick={() => connectWith(connector)}
                >
                  <WalletIcon src={connector.icon} />
                  <span>{connector.id === "injected" ? "Browser wallet" : connector.name}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            No wallet found in this browser. Install one (for example MetaMask or Rabby) and reload this page
            {local ? ", or use the dev wallet below" : ""}.
          </p>
        )}
      </section>

      {local && devWallet ? (
        <section aria-labelledby="dev-wallet" className="dev-wallet">
          <h3 id="dev-wallet">
            Dev wallet <span className="badge warning">test only</span>
          </h3>
          <p className="muted small">
            Signs in this page with Hardhat&apos;s well-known test accounts. Their keys are public: it works
            only on the local chain ({network.chainId}); never send real funds to them.
          </p>
          <div className="row">
            <label htmlFor="dev-account">Act as</label>
            <select
              id="dev-account"
              value={devAccount}
              onChange={(event) => setDevAccount(event.target.value as LocalAccountName)}
            >
              {localAccounts.map((account) => (
                <option key={account.name} value={account.name}>
                  {account.name}: {account.role}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              disabled={connect.isPending}
              onClick={async () => {
                await (devWallet as unknown as DevWalletControls).selectAccount(devAccount);
                connectWith(devWallet);
              }}
            >
              Use the dev wallet
            </button>
          </div>
        </section>
      ) : null}

      {connect.isPending ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Waiting for your wallet…
        </p>
      ) : null}
      {connect.error ? (
        <p role="alert" className="error">
          {explainError(connect.error).message}
        </p>
      ) : null}
    </Dialog>
  );
}
