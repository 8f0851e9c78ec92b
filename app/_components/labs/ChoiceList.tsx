"use client";

import { type ReactNode, useId } from "react";

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  /** A line under the label saying what choosing it means. */
  detail?: ReactNode;
}

/** One choice out of a few, as radio buttons with a line of explanation each. */
export function ChoiceList<T extends string>({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="choice-list">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.detail ? <small>{choice.detail}</small> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
