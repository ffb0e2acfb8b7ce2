import type { ReactNode } from "react";
import { Field } from "./Field";

/**
 * A field for a one-time code: the browser and password managers offer the code
 * (autocomplete="one-time-code"), phones show the digit keyboard for app codes.
 */
export function CodeField({
  label,
  hint,
  kind,
  value,
  onChange,
  errorId,
  autoFocus = true,
}: {
  label: string;
  hint?: string;
  kind: "digits" | "backup";
  value: string;
  onChange: (value: string) => void;
  errorId?: string;
  autoFocus?: boolean;
}): ReactNode {
  return (
    <Field
      label={label}
      hint={hint}
      className="code-field"
      name="code"
      autoComplete="one-time-code"
      inputMode={kind === "digits" ? "numeric" : "text"}
      pattern={kind === "digits" ? "[0-9 ]*" : undefined}
      autoCapitalize="characters"
      spellCheck={false}
      autoFocus={autoFocus}
      required
      maxLength={kind === "digits" ? 8 : 20}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errorId={errorId}
    />
  );
}
