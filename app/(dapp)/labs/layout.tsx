import type { ReactNode } from "react";

import "./labs.css";

/** The labs share the dApp's shell (wallet, network, banners) and add their own styles. */
export default function LabsLayout({ children }: { children: ReactNode }) {
  return children;
}
