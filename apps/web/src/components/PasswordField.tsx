import { useEffect, useId, useState } from "react";
import type { ReactNode } from "react";
import type { PasswordStrength, PersonalInputs } from "@twofold/password-strength";
import { useI18n } from "../i18n/i18n";
import { PASSWORD_MIN, passwordStrength } from "../lib/password-strength";
import { Field } from "./Field";

type PasswordFieldProps = {
  label: string;
  hint?: string;
  value: string;
  onValue: (value: string) => void;
  /** The email and name the password must not lean on (as the server checks). */
  person: PersonalInputs;
  errorId?: string | undefined;
  autoFocus?: boolean;
};

/**
 * A new password with a strength meter that says why a password is weak (zxcvbn, loaded with
 * this field). The meter only advises: the server decides, with the same estimator.
 */
export function PasswordField({ value, onValue, person, ...field }: PasswordFieldProps): ReactNode {
  const { t } = useI18n();
  const meterId = useId();
  const strength = useStrength(value, person);
  const words = t.passwords;
  const shown = value.length >= PASSWORD_MIN ? strength : null;
  const advice =
    shown && (shown.acceptable ? words.accepted : words.hints[shown.hint ?? "guessable"]);
  return (
    <div className="password-field">
      <Field
        {...field}
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        value={value}
        onChange={(event) => onValue(event.target.value)}
      />
      <div className="strength" id={meterId} aria-live="polite" data-testid="password-strength">
        <meter
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={shown ? shown.score : 0}
          aria-label={words.meter}
          aria-valuetext={shown ? words.levels[shown.score] : undefined}
        />
        {shown && (
          <p className="hint">
            <strong>{words.levels[shown.score]}</strong> {advice}
          </p>
        )}
      </div>
    </div>
  );
}

/** The strength of the latest value (an older answer arriving late is dropped). */
function useStrength(value: string, person: PersonalInputs): PasswordStrength | null {
  const [strength, setStrength] = useState<PasswordStrength | null>(null);
  const { email, displayName } = person;
  useEffect(() => {
    let current = true;
    if (value.length < PASSWORD_MIN) {
      setStrength(null);
      return;
    }
    void passwordStrength(value, { email, displayName }).then((found) => {
      if (current) setStrength(found);
    });
    return () => {
      current = false;
    };
  }, [value, email, displayName]);
  return strength;
}
