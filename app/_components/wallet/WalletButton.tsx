"use client";

import { useState } from "react";
import { useConnection } from "wagmi";

import { useNetwork } from "../../_hooks/useNetwork.ts";
import { nameOf } from "../../_lib/contracts.ts";
import { shortHex } from "../../_lib/format.ts";
import { AccountDialog } from "./AccountDialog.tsx";
import { ConnectDialog } from "./ConnectDialog.tsx";

/** The header's wallet control: "Connect wallet", or the connected account (name and address). */
export function WalletButton() {
  const network = useNetwork();
  const connection = useConnection();
  // Which dialog the visitor opened; connecting or disconnecting closes it by changing `address`.
  const [opened, setOpened] = useState<"connect" | "account" | null>(null);
  const close = () => setOpened(null);
  const address = connection.address;

  if (!address) {
    const busy = connection.status === "connecting" || connection.status === "reconnecting";
    return (
      <>
        <button type="button" className="button" onClick={() => setOpened("connect")} aria-haspopup="dialog">
          {busy ? "Connecting…" : "Connect wallet"}
        </button>
        <ConnectDialog open={opened === "connect"} onClose={close} />
      </>
    );
  }

  const name = nameOf(network.chainId, address);
  const wrongChain = connection.status === "connected" && connection.chainId !== network.chainId;
  return (
    <>
      <button
        type="button"
        className={`button account-button${wrongChain ? " warning" : ""}`}
        onClick={() => setOpened("account")}
        aria-haspopup="dialog"
        aria-label={`Account ${name ?? ""} ${address}${wrongChain ? ", on the wrong network" : ""}`}
      >
        <span className="dot" aria-hidden="true" />
        {name ? <span className="account-name">{name}</span> : null}
        <span className="hex">{shortHex(address)}</span>
      </button>
      <AccountDialog open={opened === "account"} onClose={close} />
    </>
  );
}
