import { useId } from "react";
import type { InputHTMLAttributes, ReactNode } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  hint?: string;
  /** Set when the last submission failed: the field is marked invalid and points at the error. */
  errorId?: string;
};

/** A labelled input with its hint; the hint and the form's error are read with the field. */
export function Field({ label, hint, errorId, className, ...input }: FieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errorId ?? null].filter(Boolean).join(" ");
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
      onChange={(event) => onValue(event.target.value)}
      {...input}
    />
  );
}
