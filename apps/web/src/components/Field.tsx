import { useId } from "react";
import type { InputHTMLAttributes, ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { FIELD_LIMITS, nearLimit } from "../lib/field-limits";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  /** Set when the last submission failed: the field is marked invalid and points at the error. */
  errorId?: string;
};

/**
 * A labelled input with its hint; the hint and the form's error are read with the field. With
 * `maxLength`, near the limit it shows how many characters are left (nothing is cut silently).
 */
export function Field({ label, hint, errorId, className, ...input }: FieldProps): ReactNode {
  const id = useId();
  const { t } = useI18n();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const { maxLength: max, value } = input;
  const length = typeof value === "string" ? value.length : 0;
  const counted = max !== undefined && max > 0 && nearLimit(length, max);
  const describedBy = [hint ? hintId : null, counted ? countId : null, errorId ?? null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={errorId ? true : undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {counted && (
        <p id={countId} className="hint count" data-testid="field-count">
          {length >= max ? t.stumbles.atLimit(max) : t.stumbles.count(length, max)}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label after it, the whole line clickable. */
export function Checkbox({
  label,
  hint,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string }): ReactNode {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The account's address (sign-in, sign-up, forgot password, recovery): what a password manager
 * fills as the user name.
 */
export function AccountEmailField({
  onValue,
  ...input
}: Omit<FieldProps, "type" | "onChange"> & { onValue: (value: string) => void }): ReactNode {
  return (
    <Field
      type="email"
      name="email"
      autoComplete="username"
      required
      maxLength={FIELD_LIMITS.email}
      onChange={(event) => onValue(event.target.value)}
      {...input}
    />
  );
}
