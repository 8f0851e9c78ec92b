"use client";

import { useConnection } from "wagmi";

import { useDeployment } from "../../_hooks/useDeployment.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";
import { useNodeStatus } from "../../_hooks/useNodeStatus.ts";
import { isLocalChain } from "../../_lib/network.ts";
import { AddNetworkButton, SwitchNetworkButton } from "../wallet/NetworkButtons.tsx";

/**
 * What stands between the visitor and the contracts, most basic first: the node, the deployment,
 * the wallet's network. Each says what happened and what to do; each clears itself once fixed.
 */
export function StatusBanners() {
  const network = useNetwork();
  const node = useNodeStatus();
  const deployment = useDeployment();
  const connection = useConnection();
  const local = isLocalChain(network.chainId);

  if (node.state === "down") {
    return (
      <div className="banner danger" role="alert" data-banner="node-down">
        <p>
          <strong>The chain is not reachable.</strong> Nothing answers at <code>{network.rpcUrl}</code>.{" "}
          {local ? (
            <>
              Start it with <code>npm start</code>.
            </>
          ) : (
            "Check the node and the WAYFARE_RPC_URL setting."
          )}{" "}
          <span className="muted">Retrying every 2 seconds: this page recovers by itself.</span>
        </p>
      </div>
    );
  }
  if (node.state === "wrong-chain") {
    return (
      <div className="banner danger" role="alert" data-banner="node-wrong-chain">
        <p>
          <strong>The node runs another chain.</strong> <code>{network.rpcUrl}</code> answers as chain{" "}
          {node.nodeChainId}, but this dApp is set up for {network.name} ({network.chainId}). Point
          WAYFARE_RPC_URL at the right node or set WAYFARE_CHAIN_ID, then restart the dApp.
        </p>
      </div>
    );
  }

  const banners = [];
  if (deployment.state === "not-in-build") {
    banners.push(
      <div key="deploy" className="banner warning" role="alert" data-banner="not-deployed">
        <p>
          <strong>Wayfare is not deployed on {network.name}.</strong> This build knows no contracts for chain{" "}
          {network.chainId}.{" "}
          {local ? (
            <>
              Run <code>npm start</code>, which deploys them and rebuilds the dApp.
            </>
          ) : (
            <>
              Deploy with <code>npm run deploy -- --network &lt;name&gt;</code>, then rebuild with{" "}
              <code>npm run build</code>.
            </>
          )}
        </p>
      </div>,
    );
  }
  if (deployment.state === "missing") {
    banners.push(
      <div key="deploy" className="banner warning" role="alert" data-banner="contracts-missing">
        <p>
          <strong>Wayfare&apos;s contracts are not on this chain</strong> (no code for{" "}
          {deployment.missing.join(", ")}).{" "}
          {local ? (
            <>
              The local node was probably restarted and forgot them: run <code>npm start</code> again, or
              redeploy to the running node with <code>npm run deploy -- --network localhost</code>.
            </>
          ) : (
            <>
              Check that WAYFARE_CHAIN_ID and WAYFARE_RPC_URL name the network you deployed to with{" "}
              <code>npm run deploy</code>.
            </>
          )}{" "}
          <span className="muted">This page notices the new deployment by itself.</span>
        </p>
      </div>,
    );
  }
  if (connection.status === "connected" && connection.chainId !== network.chainId) {
    banners.push(
      <div key="chain" className="banner warning" role="alert" data-banner="wrong-network">
        <p>
          <strong>Your wallet is on another network</strong> (chain {connection.chainId}). Wayfare runs on{" "}
          {network.name} ({network.chainId}).
        </p>
        <div className="row">
          <SwitchNetworkButton />
          <AddNetworkButton />
        </div>
      </div>,
    );
  }
  return banners.length ? <div className="banners">{banners}</div> : null;
}
