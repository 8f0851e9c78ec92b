"use client";

import type { ReactNode } from "react";

import { formatAmount } from "../../_lib/format.ts";

/** The visitor's holdings that a lab is about, each with its unit. */
export function Balances({
  items,
}: {
  items: { label: string; value: bigint | undefined; unit: string; decimals?: number; note?: ReactNode }[];
}) {
  return (
    <dl className="lab-balances" aria-live="polite">
      {items.map((item) => (
        <div key={item.label} data-balance-of={item.label}>
          <dt>{item.label}</dt>
          <dd>
            <strong>{item.value === undefined ? "…" : formatAmount(item.value, item.decimals ?? 18)}</strong>{" "}
            {item.unit}
            {item.note ? <span className="muted small"> {item.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
