"use client";

import { useState } from "react";
import type { Hash } from "viem";

import { useLabContracts } from "../../../_hooks/useLabContracts.ts";
import { LabPage, LabSection } from "../LabPage.tsx";
import { NotDeployed } from "../NotDeployed.tsx";
import { BaseFeeChart } from "./BaseFeeChart.tsx";
import { Congestion } from "./Congestion.tsx";
import { GasAnatomyView } from "./GasAnatomyView.tsx";
import { GasGoals } from "./GasGoals.tsx";
import { SameActionCost } from "./SameActionCost.tsx";
import { TransactionPicker } from "./TransactionPicker.tsx";

export function GasLab() {
  const contracts = useLabContracts("TripToken", "TripExchange");
  const [selected, setSelected] = useState<Hash>();
  return (
    <LabPage
      title="Gas lab"
      lede="What a transaction costs, and why: take real transactions apart, watch the base fee move block by block, and make it move."
      topic={{ slide: "gas", title: "Gas: what a transaction costs" }}
      willSee={[
        "A transaction taken apart: 21,000 intrinsic gas, its calldata byte by byte, the storage it wrote, the rest of its execution, refunds and the EIP-7623 calldata floor, each in plain words.",
        "Its fee: gas used × effective gas price, split into the base fee that is burned and the tip the block's builder keeps.",
        "The base fee of each block, live, rising after blocks above their target and falling after emptier ones.",
        "On the local chain: full blocks on demand, and your own transaction at the price they leave.",
        "The same TRIP transfer costing 22,100 gas for a storage slot the first time and 5,000 the second.",
      ]}
      goals={contracts ? <GasGoals token={contracts[0]} /> : null}
    >
      <LabSection
        id="anatomy"
        title="Take a transaction apart"
        intro="Pick one of your transactions, a recent one from the chain, or paste any hash."
      >
        <div className="lab-columns">
          <TransactionPicker selected={selected} onSelect={setSelected} />
          <div aria-live="polite">
            {selected ? (
              <GasAnatomyView hash={selected} />
            ) : (
              <p className="muted">The anatomy of the transaction you pick appears here.</p>
            )}
          </div>
        </div>
      </LabSection>
      <LabSection
        id="same-action"
        title="Same action, different cost"
        intro="Send TRIP twice to an address that has never held any. Each transfer writes the recipient's balance in the token's storage."
      >
        {contracts ? <SameActionCost token={contracts[0]} desk={contracts[1]} /> : <NotDeployed />}
      </LabSection>
      <LabSection
        id="base-fee"
        title="The base fee, block by block"
        intro="From eth_feeHistory, updated with every block. A block more than half full raises the next base fee by up to 12.5 %; an emptier one lowers it."
      >
        <BaseFeeChart />
      </LabSection>
      <LabSection id="congestion" title="Make it busy">
        <Congestion />
      </LabSection>
    </LabPage>
  );
}
