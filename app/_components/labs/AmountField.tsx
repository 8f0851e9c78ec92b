"use client";

import { useId, useState } from "react";

import { type AmountResult, type AmountRules, parseAmountInput } from "../../_lib/amount-input.ts";
import { FieldError, invalidFieldProps } from "./FieldError.tsx";

/**
 * An amount typed by the visitor: its text, the parsed value or the reason it is refused, and
 * whether to show that reason yet (after leaving the field or trying to submit).
 */
export function useAmountField(rules: AmountRules, initial = "") {
  const [text, setText] = useState(initial);
  const [shown, setShown] = useState(false);
  const result: AmountResult = parseAmountInput(text, rules);
  return {
    text,
    setText,
    result,
    /** The value if valid; otherwise shows the message and returns undefined. */
    take(): bigint | undefined {
      setShown(true);
      return result.ok ? result.value : undefined;
    },
    reset() {
      setText(initial);
      setShown(false);
    },
    field: {
      text,
      symbol: rules.symbol,
      error: shown && !result.ok ? result.message : undefined,
      onChange(next: string) {
        setText(next);
      },
      onBlur() {
        if (text.trim() !== "") setShown(true);
      },
    },
  };
}

/** The field itself, with its message right under it, tied to it for screen readers. */
export function AmountField({
  label,
  hint,
  text,
  symbol,
  error,
  onChange,
  onBlur,
  name,
}: {
  label: string;
  hint?: string;
  text: string;
  symbol: string;
  error?: string;
  onChange(next: string): void;
  onBlur(): void;
  name?: string;
}) {
  const id = useId();
  return (
    <div className="field amount-field">
      <label htmlFor={id}>{label}</label>
      <div className="amount-input">
        <input
          id={id}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder="0.0"
          {...invalidFieldProps(id, error, hint ? `${id}-hint` : undefined)}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        <span className="unit">{symbol}</span>
      </div>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError fieldId={id} error={error} />
    </div>
  );
}
