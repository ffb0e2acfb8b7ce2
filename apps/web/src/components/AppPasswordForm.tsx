import { useId, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api, type Outputs } from "../lib/api";
import {
  EXPIRY_CHOICES,
  expiryOf,
  localDay,
  SCOPES,
  type ExpiryChoice,
  type Scope,
} from "../lib/app-passwords";
import { FIELD_LIMITS, mistakeOf, mistakeSentence } from "../lib/field-limits";
import { PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";
import { Checkbox, Field } from "./Field";
import { ProblemMessage } from "./ProblemMessage";
import { useStepUp } from "./StepUp";
import { FormActions } from "./FormActions";

export type CreatedAppPassword = Outputs["appPasswords"]["create"];

const PROBLEM_ID = "new-app-password-problem";

/** Name, what it may open (all, or some), and when it expires; then the server makes it. */
export function AppPasswordForm({
  onCreated,
}: {
  onCreated: (created: CreatedAppPassword) => void;
}): ReactNode {
  const { t } = useI18n();
  const a = t.appPasswords;
  const stepUp = useStepUp();
  const id = useId();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<readonly Scope[]>([]);
  const [choice, setChoice] = useState<ExpiryChoice>("none");
  const [day, setDay] = useState("");
  // A mistake found before asking the server: which field, and what to do.
  const [invalid, setInvalid] = useState<{ field: "name" | "scopes" | "date"; text: string }>();

  const { submit, pending, problem, setProblem } = useSubmit(async () => {
    setInvalid(undefined);
    const trimmed = name.trim();
    const mistake = mistakeOf({ value: name, max: FIELD_LIMITS.label });
    if (mistake) {
      // Empty: this form's own sentence ("Give it a name."); otherwise one naming the field.
      const text =
        mistake === "EMPTY"
          ? a.noName
          : mistakeSentence({
              words: t.stumbles,
              mistake,
              field: a.nameLabel,
              max: FIELD_LIMITS.label,
            });
      setInvalid({ field: "name", text });
      return;
    }
    if (scopes.length === 0) {
      setInvalid({ field: "scopes", text: a.noScope });
      return;
    }
    const expiry = expiryOf(choice, day, new Date());
    if (!expiry.ok) {
      setInvalid({ field: "date", text: expiry.reason === "DATE_PAST" ? a.pastDate : a.noDate });
      return;
    }
    const created = await stepUp.run(() =>
      api.appPasswords.create.mutate({
        name: trimmed,
        scopes: SCOPES.filter((s) => scopes.includes(s)),
        ...(expiry.expiresAt !== undefined && { expiresAt: expiry.expiresAt }),
      }),
    );
    if (created) onCreated(created);
  });

  // An alert goes once its cause is touched: the field it names, or any field for the server's.
  const changed = (field: "name" | "scopes" | "date"): void => {
    if (invalid?.field === field) setInvalid(undefined);
    if (problem) setProblem(null);
  };
  const toggle = (scope: Scope, on: boolean): void => {
    changed("scopes");
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  };
  const allOn = scopes.length === SCOPES.length;
  const someOn = scopes.length > 0 && !allOn;
  const errorFor = (field: "name" | "scopes" | "date"): string | undefined =>
    invalid?.field === field || (problem !== null && field === "name") ? PROBLEM_ID : undefined;

  return (
    <section className="card">
      <form onSubmit={submit} noValidate className="app-password-form">
        <Field
          label={a.nameLabel}
          hint={a.nameHint}
          placeholder={a.namePlaceholder}
          value={name}
          maxLength={FIELD_LIMITS.label}
          required
          autoFocus
          autoComplete="off"
          onChange={(event) => {
            changed("name");
            setName(event.target.value);
          }}
          errorId={errorFor("name")}
        />
        <fieldset
          className="scopes"
          aria-describedby={invalid?.field === "scopes" ? PROBLEM_ID : undefined}
        >
          <legend>{a.scopesLegend}</legend>
          <div className="checkbox">
            <input
              id={`${id}-all`}
              type="checkbox"
              checked={allOn}
              // Some but not all: the box shows it (and screen readers say "mixed").
              ref={(box) => {
                if (box) box.indeterminate = someOn;
              }}
              onChange={(event) => {
                changed("scopes");
                setScopes(event.target.checked ? SCOPES : []);
              }}
            />
            <label htmlFor={`${id}-all`}>{a.all}</label>
          </div>
          {SCOPES.map((scope) => (
            <Checkbox
              key={scope}
              label={a.scopes[scope]}
              hint={a.scopeHints[scope]}
              checked={scopes.includes(scope)}
              onChange={(event) => toggle(scope, event.target.checked)}
            />
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-expiry`}>{a.expiryLabel}</label>
          <select
            id={`${id}-expiry`}
            value={choice}
            onChange={(event) => {
              const next = EXPIRY_CHOICES.find((c) => c === event.target.value);
              if (next) {
                changed("date");
                setChoice(next);
              }
            }}
          >
            {EXPIRY_CHOICES.map((c) => (
              <option key={c} value={c}>
                {a.expiryChoices[c]}
              </option>
            ))}
          </select>
        </div>
        {choice === "date" && (
          <Field
            label={a.dateLabel}
            hint={a.dateHint}
            type="date"
            min={localDay(new Date())}
            required
            value={day}
            onChange={(event) => {
              changed("date");
              setDay(event.target.value);
            }}
            errorId={errorFor("date")}
          />
        )}
        <ProblemMessage
          id={PROBLEM_ID}
          problem={problem ?? (invalid ? { reason: "INVALID_INPUT" } : null)}
          text={problem ? undefined : invalid?.text}
        />
        <FormActions
          cancel={{ to: PATHS.appPasswords, label: a.cancel }}
          submit={a.submit}
          pending={pending}
        />
      </form>
    </section>
  );
}
