import { headers } from "next/headers";
import type { ReactNode } from "react";
import { cookieToInitialState } from "wagmi";

import { DappShell } from "../_components/dapp/DappShell.tsx";
import { readNetworkConfig } from "../_lib/network.ts";
import { Providers } from "../_wallet/Providers.tsx";
import { createWagmiConfig } from "../_wallet/config.ts";
import "./dapp.css";

/**
 * The dApp's pages (console, explorer) share wagmi; the exhibit at `/` does not load it. The
 * network is read from the server's environment on every request, so one build serves any node.
 */
export default async function DappLayout({ children }: { children: ReactNode }) {
  const cookie = (await headers()).get("cookie");
  // Read after a request-time API, so this runs per request rather than once at build time.
  const network = readNetworkConfig(process.env);
  const initialState = cookieToInitialState(createWagmiConfig(network), cookie);
  return (
    <Providers network={network} initialState={initialState}>
      <DappShell networkName={network.name}>{children}</DappShell>
    </Providers>
  );
}
