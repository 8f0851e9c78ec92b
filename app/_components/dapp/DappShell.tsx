import Link from "next/link";
import type { ReactNode } from "react";

import { WalletButton } from "../wallet/WalletButton.tsx";
import { NavLinks } from "./NavLinks.tsx";
import { StatusBanners } from "./StatusBanners.tsx";

/** The frame of every dApp page: brand, navigation, network, wallet, and the status banners. */
export function DappShell({ networkName, children }: { networkName: string; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="dapp-header">
        <Link href="/" className="brand">
          Wayfare
        </Link>
        <nav aria-label="dApp">
          <NavLinks />
        </nav>
        <div className="header-end">
          <span className="network-pill" title="The network this dApp uses">
            {networkName}
          </span>
          <WalletButton />
        </div>
      </header>
      <StatusBanners />
      <main id="main" className="dapp-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
