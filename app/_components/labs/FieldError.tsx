/** The id of the message that says what is wrong with the field `fieldId`. */
const errorIdOf = (fieldId: string) => `${fieldId}-error`;

/**
 * Marks a field invalid and ties its error message to it, so a screen reader reads both; `hintId`
 * names a hint shown with the field, read after the error.
 */
export function invalidFieldProps(fieldId: string, error: string | undefined, hintId?: string) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [error ? errorIdOf(fieldId) : "", hintId ?? ""].join(" ").trim() || undefined,
  } as const;
}

/** A field's error message, right under it and announced when it appears. */
export function FieldError({ fieldId, error }: { fieldId: string; error: string | undefined }) {
  return error ? (
    <p className="field-error" id={errorIdOf(fieldId)} role="alert">
      {error}
    </p>
  ) : null;
}
