"use client";

import Link from "next/link";
import { useState } from "react";

import { localAccounts } from "../../_generated/contracts.ts";
import { useDeployment } from "../../_hooks/useDeployment.ts";
import { useNetwork } from "../../_hooks/useNetwork.ts";
import { splitFunctions } from "../../_lib/contracts.ts";
import { isLocalChain } from "../../_lib/network.ts";
import { AddressLink } from "../dapp/AddressLink.tsx";
import { KNOWN_ADDRESSES_ID } from "./AbiField.tsx";
import { ContractValues } from "./ContractValues.tsx";
import { EventLog } from "./EventLog.tsx";
import { FunctionForm } from "./FunctionForm.tsx";

/**
 * The contract console: every deployed Wayfare contract's reads, writes and events, generated
 * from its ABI (what Scaffold-ETH calls "Debug Contracts").
 */
export function ContractConsole({ selected }: { selected?: string }) {
  const network = useNetwork();
  const deployment = useDeployment();
  const [filter, setFilter] = useState("");
  const contracts = deployment.contracts;
  const contract = contracts.find((candidate) => candidate.name === selected) ?? contracts[0];

  if (!contract) {
    return (
      <>
        <h1>Contract console</h1>
        <p className="lede">
          No Wayfare contract is deployed on {network.name} in this build (see the message above).
        </p>
      </>
    );
  }

  const reachable = deployment.state === "ready";
  const { reads, writes } = splitFunctions(contract.abi);
  const matches = (name: string) => name.toLowerCase().includes(filter.trim().toLowerCase());
  const values = reads.filter((fn) => fn.inputs.length === 0 && matches(fn.name));
  const queries = reads.filter((fn) => fn.inputs.length > 0 && matches(fn.name));
  const actions = writes.filter((fn) => matches(fn.name));

  return (
    <>
      <h1>Contract console</h1>
      <p className="lede">
        Call any function of Wayfare&apos;s contracts on {network.name}. Reads are free; writes are
        transactions signed by your wallet.
      </p>
      <datalist id={KNOWN_ADDRESSES_ID}>
        {contracts.map((known) => (
          <option key={known.address} value={known.address} label={known.name} />
        ))}
        {isLocalChain(network.chainId)
          ? localAccounts.map((account) => (
              <option key={account.address} value={account.address} label={account.name} />
            ))
          : null}
      </datalist>
      <div className="console">
        <nav aria-label="Contracts">
          <ul className="contract-list">
            {contracts.map((candidate) => (
              <li key={candidate.name}>
                <Link
                  href={`/console?contract=${encodeURIComponent(candidate.name)}`}
                  aria-current={candidate.name === contract.name ? "page" : undefined}
                  scroll={false}
                >
                  {candidate.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="contract-title">
          <div className="contract-header">
            <h2 id="contract-title">{contract.name}</h2>
            <span>
              at <AddressLink address={contract.address} full />
            </span>
            <span className="muted small">
              {reads.length} read and {writes.length} write functions
            </span>
          </div>
          <div className="field">
            <label htmlFor="function-filter">Find a function</label>
            <input
              id="function-filter"
              className="filter"
              type="search"
              placeholder="e.g. balanceOf"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          </div>

          <h3 className="section-title">Values</h3>
          {values.length ? (
            <ContractValues
              key={`values-${contract.address}`}
              contract={contract}
              functions={values}
              enabled={reachable}
            />
          ) : (
            <p className="muted">No matching value.</p>
          )}

          <h3 className="section-title">Read</h3>
          <div className="functions">
            {queries.length ? (
              queries.map((fn) => (
                <FunctionForm
                  key={`${contract.name}.${fn.name}(${fn.inputs.map((i) => i.type)})`}
                  contract={contract}
                  fn={fn}
                />
              ))
            ) : (
              <p className="muted">No matching read function with inputs.</p>
            )}
          </div>

          <h3 className="section-title">Write</h3>
          <div className="functions">
            {actions.length ? (
              actions.map((fn) => (
                <FunctionForm
                  key={`${contract.name}.${fn.name}(${fn.inputs.map((i) => i.type)})`}
                  contract={contract}
                  fn={fn}
                />
              ))
            ) : (
              <p className="muted">No matching write function.</p>
            )}
          </div>

          <h3 className="section-title">Events</h3>
          <EventLog key={`events-${contract.address}`} contract={contract} enabled={reachable} />
        </section>
      </div>
    </>
  );
}
