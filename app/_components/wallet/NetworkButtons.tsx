"use client";

import { useState } from "react";
import { numberToHex } from "viem";
import { useConnection, useSwitchChain } from "wagmi";

import { useNetwork } from "../../_hooks/useNetwork.ts";
import { explainError } from "../../_lib/errors.ts";

type Requester = { request(args: { method: string; params?: unknown[] }): Promise<unknown> };

/** Asks the wallet to switch to the dApp's network (wagmi adds it to the wallet first if needed). */
export function SwitchNetworkButton() {
  const network = useNetwork();
  const switchChain = useSwitchChain();
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={switchChain.isPending}
        onClick={() => switchChain.mutate({ chainId: network.chainId })}
      >
        {switchChain.isPending ? "Confirm in your wallet…" : `Switch to ${network.name}`}
      </button>
      {switchChain.error ? (
        <span role="alert" className="error">
          {explainError(switchChain.error).message}
        </span>
      ) : null}
    </>
  );
}

/** "Add Wayfare Local (31337) to my wallet": `wallet_addEthereumChain` with this dApp's RPC URL. */
export function AddNetworkButton() {
  const network = useNetwork();
  const { connector } = useConnection();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (!connector || connector.type !== "injected") return null;
  return (
    <>
      <button
        type="button"
        className="button ghost"
        onClick={async () => {
          setMessage(null);
          try {
            const provider = (await connector.getProvider()) as Requester;
            await provider.request({
              method: "wallet_addEthereumChain",
              params: [
                {
                  chainId: numberToHex(network.chainId),
                  chainName: network.name,
                  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
                  rpcUrls: [network.rpcUrl],
                  ...(network.explorerUrl ? { blockExplorerUrls: [network.explorerUrl] } : {}),
                },
              ],
            });
            setMessage({ error: false, text: `${network.name} is in your wallet.` });
          } catch (error) {
            setMessage({ error: true, text: explainError(error).message });
          }
        }}
      >
        Add {network.name} ({network.chainId}) to my wallet
      </button>
      {message ? (
        <span role={message.error ? "alert" : "status"} className={message.error ? "error" : "muted"}>
          {message.text}
        </span>
      ) : null}
    </>
  );
}
