"use client";

import { formatEther } from "viem";
import { useBalance, useConnection, useConnectors, useDisconnect } from "wagmi";

import { localAccounts } from "../../_generated/contracts.ts";
import { FAUCET_AMOUNT, useFaucet } from "../../_hooks/useFaucet.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";
import { nameOf } from "../../_lib/contracts.ts";
import { formatAmount, formatEth } from "../../_lib/format.ts";
import { isLocalChain } from "../../_lib/network.ts";
import { DEV_WALLET_ID, type DevWalletControls, type LocalAccountName } from "../../_wallet/dev-wallet.ts";
import { AddressLink } from "../dapp/AddressLink.tsx";
import { CopyButton } from "../dapp/CopyButton.tsx";
import { Dialog } from "../dapp/Dialog.tsx";
import { TransactionStatus } from "../dapp/TransactionStatus.tsx";
import { AddNetworkButton } from "./NetworkButtons.tsx";
import { WalletIcon } from "./WalletIcon.tsx";

/** The connected account: address, balance, switching account, the local faucet, disconnecting. */
export function AccountDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const network = useNetwork();
  const connection = useConnection();
  const connectors = useConnectors();
  const disconnect = useDisconnect();
  const faucet = useFaucet();
  const address = connection.address;
  const onChain = connection.chainId === network.chainId;
  const balance = useBalance({
    address,
    chainId: network.chainId,
    query: { enabled: open && Boolean(address) },
  });
  if (!address || !connection.connector) return null;

  const isDevWallet = connection.connector.id === DEV_WALLET_ID;
  const local = isLocalChain(network.chainId);
  const name = nameOf(network.chainId, address);
  const devWallet = connectors.find((connector) => connector.id === DEV_WALLET_ID) as
    (DevWalletControls & { id: string }) | undefined;

  return (
    <Dialog open={open} onClose={onClose} title={name ? `Connected as ${name}` : "Your account"}>
      <p className="row">
        <WalletIcon src={connection.connector.icon} />
        <span>
          {isDevWallet ? (
            <>
              Dev wallet <span className="badge warning">test only</span>
            </>
          ) : (
            connection.connector.name
          )}
        </span>
      </p>
      <p className="address-line">
        <AddressLink address={address} full />
        <CopyButton text={address} label="Copy address" />
      </p>
      <p>
        Balance on {network.name}:{" "}
        <strong>
          {balance.data ? (
            <span title={`${formatEther(balance.data.value)} ETH`}>{formatEth(balance.data.value)}</span>
          ) : balance.isError ? (
            "unavailable"
          ) : (
            "…"
          )}
        </strong>
      </p>

      <div className="stack">
        {isDevWallet && devWallet ? (
          <div className="row">
            <label htmlFor="switch-dev-account">Act as</label>
            <select
              id="switch-dev-account"
              value={name}
              onChange={(event) => void devWallet.selectAccount(event.target.value as LocalAccountName)}
            >
              {localAccounts.map((account) => (
                <option key={account.name} value={account.name}>
                  {account.name}: {account.role}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="row">
            <button
              type="button"
              className="button ghost"
              onClick={async () => {
                // Asks the wallet to show its account picker again (MetaMask, Rabby, …).
                const provider = (await connection.connector?.getProvider()) as
                  { request(args: { method: string; params?: unknown[] }): Promise<unknown> } | undefined;
                await provider
                  ?.request({ method: "wallet_requestPermissions", params: [{ eth_accounts: {} }] })
                  .catch(() => undefined);
              }}
            >
              Switch account
            </button>
            {!onChain ? null : <AddNetworkButton />}
          </div>
        )}

        {local ? (
          <div className="stack">
            <div className="row">
              <button
                type="button"
                className="button"
                disabled={faucet.busy || !onChain}
                onClick={() => void faucet.drip(address)}
              >
                Get {formatAmount(FAUCET_AMOUNT, 18)} test ETH
              </button>
              <span className="muted small">Local faucet: a Hardhat test account sends it.</span>
            </div>
            <TransactionStatus state={faucet.state} onDismiss={faucet.reset} />
          </div>
        ) : null}

        <div className="row">
          <button
            type="button"
            className="button danger-ghost"
            onClick={() => disconnect.mutate(undefined, { onSuccess: onClose })}
          >
            Disconnect
          </button>
        </div>
      </div>
    </Dialog>
  );
}
