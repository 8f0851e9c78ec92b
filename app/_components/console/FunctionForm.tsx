"use client";

import { type FormEvent, useState } from "react";
import type { AbiFunction } from "viem";
import { useConfig } from "wagmi";
import { readContract } from "wagmi/actions";

import { useWriteFlow } from "../../_hooks/useWriteFlow.ts";
import {
  type FieldValue,
  functionSignature,
  initialFieldValue,
  parseArguments,
  parseInteger,
} from "../../_lib/abi-values.ts";
import { type ExplainedError, explainError } from "../../_lib/errors.ts";
import { type DeployedContract, withKnownErrors } from "../../_lib/contracts.ts";
import { TransactionStatus } from "../dapp/TransactionStatus.tsx";
import { AbiField } from "./AbiField.tsx";
import { ResultView } from "./ValueView.tsx";

type ReadOutcome = { ok: true; result: unknown } | { ok: false; error: ExplainedError };

/** One function of a contract as a form: typed fields, then Read (views) or Send (writes). */
export function FunctionForm({ contract, fn }: { contract: DeployedContract; fn: AbiFunction }) {
  const isWrite = fn.stateMutability === "nonpayable" || fn.stateMutability === "payable";
  const [values, setValues] = useState<FieldValue[]>(() => fn.inputs.map(initialFieldValue));
  const [ethValue, setEthValue] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const [readOutcome, setReadOutcome] = useState<ReadOutcome | null>(null);
  const config = useConfig();
  const flow = useWriteFlow();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseArguments(fn.inputs, values);
    const errors = parsed.ok ? [] : [...parsed.errors];
    let value: bigint | undefined;
    if (fn.stateMutability === "payable" && ethValue.trim() !== "") {
      try {
        value = parseInteger(`${ethValue} ether`);
        if (value < 0n) errors.push("ETH to send: cannot be negative");
      } catch (error) {
        errors.push(`ETH to send: ${(error as Error).message}`);
      }
    }
    setProblems(errors);
    if (!parsed.ok || errors.length) return;

    if (isWrite) {
      void flow.write({
        contractName: contract.name,
        address: contract.address,
        abi: contract.abi,
        functionName: fn.name,
        args: parsed.args,
        value,
      });
      return;
    }
    setReading(true);
    try {
      const result = await readContract(config, {
        address: contract.address,
        abi: withKnownErrors(contract.abi),
        functionName: fn.name,
        args: parsed.args,
      } as Parameters<typeof readContract>[1]);
      setReadOutcome({ ok: true, result });
    } catch (error) {
      setReadOutcome({
        ok: false,
        error: explainError(error, { contractName: contract.name, functionName: fn.name }),
      });
    } finally {
      setReading(false);
    }
  };

  const formId = `${contract.name}-${functionSignature(fn)}`.replace(/[^\w-]+/g, "-");
  return (
    <details className="function" data-function={fn.name}>
      <summary>
        <span className="fn-name">{fn.name}</span>({fn.inputs.map((input) => input.type).join(", ")})
        {fn.stateMutability === "payable" ? <span className="badge warning"> payable</span> : null}
      </summary>
      <form
        className="function-body"
        onSubmit={submit}
        noValidate
        aria-label={functionSignature(fn)}
        id={formId}
      >
        {fn.inputs.map((input, index) => (
          <AbiField
            key={index}
            param={input}
            value={values[index]}
            label={input.name || `argument ${index + 1}`}
            onChange={(next) => setValues((old) => old.map((item, i) => (i === index ? next : item)))}
          />
        ))}
        {fn.stateMutability === "payable" ? (
          <div className="field">
            <label htmlFor={`${formId}-value`}>
              ETH to send <span className="type">msg.value, in ether</span>
            </label>
            <input
              id={`${formId}-value`}
              inputMode="decimal"
              autoComplete="off"
              placeholder="e.g. 0.5"
              value={ethValue}
              onChange={(event) => setEthValue(event.target.value)}
            />
          </div>
        ) : null}
        {problems.length ? (
          <ul role="alert" className="field-error">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
        <div className="row">
          <button type="submit" className="button" disabled={reading || flow.busy}>
            {isWrite ? (flow.busy ? "Sending…" : "Send transaction") : reading ? "Reading…" : "Read"}
          </button>
          {fn.outputs.length ? (
            <span className="muted small">
              returns ({fn.outputs.map((output) => output.type).join(", ")})
            </span>
          ) : null}
        </div>
        {isWrite ? (
          <TransactionStatus
            state={flow.state}
            onDismiss={flow.reset}
            renderResult={(result) =>
              fn.outputs.length ? (
                <div className="result">
                  <span className="muted small">Returned (simulated): </span>
                  <ResultView outputs={fn.outputs} result={result} />
                </div>
              ) : null
            }
          />
        ) : readOutcome ? (
          <div className="result" role="status" data-result={fn.name}>
            {readOutcome.ok ? (
              <ResultView outputs={fn.outputs} result={readOutcome.result} />
            ) : (
              <span className="error">{readOutcome.error.message}</span>
            )}
          </div>
        ) : null}
      </form>
    </details>
  );
}
