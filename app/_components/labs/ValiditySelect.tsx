"use client";

import { useId } from "react";

/** How long a signature the visitor makes stays valid: short enough to be safe, long enough to use. */
export const VALIDITY_CHOICES = [
  { seconds: 60n, label: "1 minute" },
  { seconds: 600n, label: "10 minutes" },
  { seconds: 3600n, label: "1 hour" },
] as const;

export const DEFAULT_VALIDITY_SECONDS = VALIDITY_CHOICES[1].seconds;

/** The "Valid for" field of a signed payment or proof. */
export function ValiditySelect({ value, onChange }: { value: bigint; onChange: (seconds: bigint) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Valid for</label>
      <select id={id} value={value.toString()} onChange={(event) => onChange(BigInt(event.target.value))}>
        {VALIDITY_CHOICES.map((option) => (
          <option key={option.label} value={option.seconds.toString()}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
