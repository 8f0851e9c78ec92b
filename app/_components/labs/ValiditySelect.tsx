"use client";

import { DurationSelect } from "./DurationSelect.tsx";

/** How long a signature the visitor makes stays valid: short enough to be safe, long enough to use. */
const VALIDITY_CHOICES = [
  { seconds: 60n, label: "1 minute" },
  { seconds: 600n, label: "10 minutes" },
  { seconds: 3600n, label: "1 hour" },
] as const;

export const DEFAULT_VALIDITY_SECONDS = VALIDITY_CHOICES[1].seconds;

/** The "Valid for" field of a signed payment or proof. */
export function ValiditySelect({ value, onChange }: { value: bigint; onChange: (seconds: bigint) => void }) {
  return <DurationSelect label="Valid for" choices={VALIDITY_CHOICES} value={value} onChange={onChange} />;
}
