"use client";

import type { AbiParameter } from "viem";

import { type DisplayValue, displayValue } from "../../_lib/abi-values.ts";
import { AddressLink } from "../dapp/AddressLink.tsx";

function Node({ value, root = false }: { value: DisplayValue; root?: boolean }) {
  const label = value.label && !root ? <span className="label">{value.label}:</span> : null;
  if ("items" in value) {
    return (
      <>
        {label}
        <span className="muted small">{value.type}</span>
        <ul className="result-tree">
          {value.items.length === 0 ? <li className="muted">(empty)</li> : null}
          {value.items.map((item, index) => (
            <li key={index}>
              <Node value={item} />
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      {label}
      {value.address ? (
        <AddressLink address={value.address} full />
      ) : (
        <span className="mono">{value.text}</span>
      )}
      {value.hint ? <span className="muted small"> ({value.hint})</span> : null}
    </>
  );
}

/** Decoded values laid out for reading: one line per scalar, nested lists for tuples and arrays. */
export function ValueView({
  params,
  values,
  emptyText = "(no value)",
}: {
  params: readonly AbiParameter[];
  values: readonly unknown[];
  emptyText?: string;
}) {
  if (params.length === 0) return <span className="muted">{emptyText}</span>;
  if (params.length === 1) return <Node value={displayValue(params[0], values[0])} root />;
  return (
    <ul className="result-tree">
      {params.map((param, index) => (
        <li key={index}>
          <Node value={displayValue(param, values[index], param.name || `#${index}`)} />
        </li>
      ))}
    </ul>
  );
}

/** A function's return value(s) as viem decodes them: a single value, or a list for several. */
export function ResultView({ outputs, result }: { outputs: readonly AbiParameter[]; result: unknown }) {
  const values = outputs.length === 1 ? [result] : Array.isArray(result) ? result : [result];
  return <ValueView params={outputs} values={values} />;
}
