import { useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Problem } from "../lib/api";
import { FIELD_LIMITS, mistakeOf, mistakeSentence } from "../lib/field-limits";
import { Link, PATHS } from "../lib/router";
import { Field } from "./Field";
import { ProblemMessage } from "./ProblemMessage";
import { FormActions } from "./FormActions";

/** The frame of every "Add a method" page: the way back, and the page's title. */
export function AddMethodPage({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  return (
    <>
      <nav aria-label={t.stumbles.breadcrumb} className="breadcrumb">
        <Link to={PATHS.twoStep}>{t.twoStep.title}</Link>
      </nav>
      <h1 id="page-title" className="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}

/** A form's submission, as `useSubmit` gives it. */
export interface Submission {
  submit: (event?: FormEvent) => void;
  pending: boolean;
  problem: Problem | null;
}

/** The id of the first step's error, for its fields to point at. */
export const BEGIN_PROBLEM = "begin-problem";

/**
 * The first step of adding a method: what the page explains, its fields, the reason the last
 * try failed, then Continue (or Cancel, back to the list).
 */
export function BeginStep({
  intro,
  submit,
  invalid,
  cancel,
  proceed,
  children,
}: {
  intro?: ReactNode;
  submit: Submission;
  /** A mistake found before asking the server, as a sentence naming the field. */
  invalid?: string | null;
  cancel: string;
  proceed: string;
  children: ReactNode;
}): ReactNode {
  return (
    <section className="card">
      {intro}
      <form onSubmit={submit.submit} noValidate>
        {children}
        <ProblemMessage
          id={BEGIN_PROBLEM}
          problem={invalid ? { reason: "INVALID_INPUT" } : submit.problem}
          text={invalid ?? undefined}
        />
        <FormActions
          cancel={{ to: PATHS.twoStep, label: cancel }}
          submit={proceed}
          pending={submit.pending}
        />
      </form>
    </section>
  );
}

/** The first step when it is the method's name. */
export function NameStep({
  intro,
  label,
  hint,
  value,
  onChange,
  submit,
  cancel,
  proceed,
}: {
  intro?: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  submit: Submission;
  cancel: string;
  proceed: string;
}): ReactNode {
  const { t } = useI18n();
  const [invalid, setInvalid] = useState<string | null>(null);
  const max = FIELD_LIMITS.label;
  const checked: Submission = {
    ...submit,
    submit: (event) => {
      const mistake = mistakeOf({ value, max });
      if (mistake) {
        event?.preventDefault();
        setInvalid(mistakeSentence({ words: t.stumbles, mistake, field: label, max }));
      } else submit.submit(event);
    },
  };
  return (
    <BeginStep
      intro={intro && <p>{intro}</p>}
      submit={checked}
      invalid={invalid}
      cancel={cancel}
      proceed={proceed}
    >
      <Field
        label={label}
        hint={hint}
        value={value}
        maxLength={max}
        required
        autoFocus
        onChange={(event) => {
          setInvalid(null);
          onChange(event.target.value);
        }}
        errorId={submit.problem || invalid ? BEGIN_PROBLEM : undefined}
      />
    </BeginStep>
  );
}
