"use client";

import type { Address, Hex } from "viem";

import { useNetwork } from "../../_hooks/useNetwork.ts";
import { decodeCall } from "../../_lib/contracts.ts";

/** What a transaction asked for, in one word: the decoded function, a transfer, or a deployment. */
export function CallSummary({ to, input }: { to: Address | null; input: Hex }) {
  const { chainId } = useNetwork();
  if (!to) return <span className="badge">deploy</span>;
  if (!input || input === "0x") return <span className="muted">ETH transfer</span>;
  const decoded = decodeCall(chainId, to, input);
  return decoded ? (
    <code>{decoded.functionName}()</code>
  ) : (
    <span className="muted mono">{input.slice(0, 10)}</span>
  );
}
