"use client";

import { useId, useState } from "react";
import type { AbiParameter } from "viem";

import {
  type FieldValue,
  UNITS,
  type Unit,
  arrayElement,
  initialFieldValue,
  joinAmount,
  parseFieldValue,
  splitAmount,
  tupleComponents,
} from "../../_lib/abi-values.ts";
import { formatInteger } from "../../_lib/format.ts";

export const KNOWN_ADDRESSES_ID = "known-addresses";

const UNIT_LABELS: Record<Unit, string> = { wei: "× 1 (wei)", gwei: "× 10⁹ (gwei)", ether: "× 10¹⁸ (ether)" };

interface FieldProps {
  param: AbiParameter;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
  /** Shown as the field's label: its name, or its position. */
  label: string;
}

function TypeTag({ type }: { type: string }) {
  return <span className="type"> {type}</span>;
}

/** One ABI parameter as a form field; tuples and arrays nest (structs, lists of structs, …). */
export function AbiField({ param, value, onChange, label }: FieldProps) {
  const array = arrayElement(param);
  if (array && Array.isArray(value)) {
    const fixed = array.length !== undefined;
    return (
      <fieldset className="field">
        <legend>
          {label}
          <TypeTag type={param.type} />
        </legend>
        {value.length === 0 ? <p className="hint">Empty list.</p> : null}
        {value.map((item, index) => (
          <div key={index} className="stack">
            <AbiField
              param={array.element}
              value={item}
              label={`${label}[${index}]`}
              onChange={(next) => onChange(value.map((old, i) => (i === index ? next : old)))}
            />
            {!fixed ? (
              <button
                type="button"
                className="button small ghost"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Remove {label}[{index}]
              </button>
            ) : null}
          </div>
        ))}
        {!fixed ? (
          <div>
            <button
              type="button"
              className="button small ghost"
              onClick={() => onChange([...value, initialFieldValue(array.element)])}
            >
              Add an item to {label}
            </button>
          </div>
        ) : null}
      </fieldset>
    );
  }
  const components = tupleComponents(param);
  if (components && Array.isArray(value)) {
    return (
      <fieldset className="field">
        <legend>
          {label}
          <TypeTag type={param.internalType?.replace(/^struct /, "") ?? param.type} />
        </legend>
        {components.map((component, index) => (
          <AbiField
            key={index}
            param={component}
            value={value[index]}
            label={component.name || `#${index}`}
            onChange={(next) => onChange(value.map((old, i) => (i === index ? next : old)))}
          />
        ))}
      </fieldset>
    );
  }
  return (
    <ScalarField
      param={param}
      value={typeof value === "string" ? value : ""}
      onChange={onChange}
      label={label}
    />
  );
}

function placeholderFor(type: string): string {
  if (type === "address") return "0x… (40 hex digits)";
  if (type === "bytes") return "0x…";
  const fixed = /^bytes(\d+)$/.exec(type);
  if (fixed) return `0x… (${Number(fixed[1]) * 2} hex digits)`;
  if (type.startsWith("int") || type.startsWith("uint")) return "e.g. 1000, 1e18";
  return "";
}

function ScalarField({ param, value, onChange, label }: FieldProps & { value: string }) {
  const id = useId();
  const [touched, setTouched] = useState(false);
  let problem: string | undefined;
  let parsed: unknown;
  if (touched || value !== "") {
    try {
      parsed = parseFieldValue(param, value, label);
    } catch (error) {
      problem = (error as Error).message.replace(`${label}: `, "");
    }
  }
  const described = `${id}-note`;
  const isInteger = /^u?int\d*$/.test(param.type);
  const note = problem ? (
    <p id={described} className="field-error">
      {problem}
    </p>
  ) : isInteger && typeof parsed === "bigint" && splitAmount(value).unit !== "wei" ? (
    <p id={described} className="hint">
      = {formatInteger(parsed)}
    </p>
  ) : null;
  const common = {
    id,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": note ? described : undefined,
    onBlur: () => setTouched(true),
  } as const;

  let input;
  if (param.type === "bool") {
    input = (
      <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="false">false</option>
        <option value="true">true</option>
      </select>
    );
  } else if (isInteger) {
    const { amount, unit } = splitAmount(value);
    input = (
      <span className="amount-input">
        <input
          {...common}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholderFor(param.type)}
          value={amount}
          onChange={(event) => onChange(joinAmount(event.target.value, unit))}
        />
        <select
          aria-label={`Unit of ${label}`}
          value={unit}
          onChange={(event) => onChange(joinAmount(amount, event.target.value as Unit))}
        >
          {Object.keys(UNITS).map((name) => (
            <option key={name} value={name}>
              {UNIT_LABELS[name as Unit]}
            </option>
          ))}
        </select>
      </span>
    );
  } else {
    input = (
      <input
        {...common}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholderFor(param.type)}
        list={param.type === "address" ? KNOWN_ADDRESSES_ID : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <TypeTag type={param.type} />
      </label>
      {input}
      {note}
    </div>
  );
}
