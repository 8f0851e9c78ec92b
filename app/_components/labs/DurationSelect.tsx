"use client";

import { useId } from "react";

export interface DurationChoice {
  seconds: bigint;
  label: string;
}

/** A duration picked from a few offered ones, e.g. how long a signature stays valid. */
export function DurationSelect({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: readonly DurationChoice[];
  value: bigint;
  onChange: (seconds: bigint) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value.toString()} onChange={(event) => onChange(BigInt(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice.label} value={choice.seconds.toString()}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
