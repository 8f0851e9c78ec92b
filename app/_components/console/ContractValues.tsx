"use client";

import { useEffect } from "react";
import type { AbiFunction } from "viem";
import { useBlockNumber, useReadContracts } from "wagmi";

import { explainError } from "../../_lib/errors.ts";
import type { DeployedContract } from "../../_lib/contracts.ts";
import { ResultView } from "./ValueView.tsx";

/** Every read function without inputs, read right away and again at each new block. */
export function ContractValues({
  contract,
  functions,
  enabled,
}: {
  contract: DeployedContract;
  functions: AbiFunction[];
  enabled: boolean;
}) {
  const { data: blockNumber } = useBlockNumber({ watch: enabled });
  const reads = useReadContracts({
    contracts: functions.map((fn) => ({
      address: contract.address,
      abi: contract.abi,
      functionName: fn.name,
    })),
    query: { enabled: enabled && functions.length > 0 },
  });
  const { refetch } = reads;
  useEffect(() => {
    if (enabled && blockNumber !== undefined) void refetch();
  }, [blockNumber, enabled, refetch]);

  if (functions.length === 0) return null;
  return (
    <div className="values">
      {functions.map((fn, index) => {
        const outcome = reads.data?.[index];
        return (
          <div className="value-card" key={fn.name} data-value={fn.name}>
            <h3>{fn.name}</h3>
            <div aria-live="off">
              {!outcome ? (
                <span className="muted">{enabled ? "…" : "unavailable"}</span>
              ) : outcome.status === "success" ? (
                <ResultView outputs={fn.outputs} result={outcome.result} />
              ) : (
                <span className="error small">
                  {
                    explainError(outcome.error, { contractName: contract.name, functionName: fn.name })
                      .message
                  }
                </span>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
