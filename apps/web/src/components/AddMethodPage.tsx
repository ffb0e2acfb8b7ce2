import type { FormEvent, ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Problem } from "../lib/api";
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
      <nav aria-label="breadcrumb" className="breadcrumb">
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
  cancel,
  proceed,
  children,
}: {
  intro?: ReactNode;
  submit: Submission;
  cancel: string;
  proceed: string;
  children: ReactNode;
}): ReactNode {
  return (
    <section className="card">
      {intro}
      <form onSubmit={submit.submit} noValidate>
        {children}
        <ProblemMessage id={BEGIN_PROBLEM} problem={submit.problem} />
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
  return (
    <BeginStep intro={intro && <p>{intro}</p>} submit={submit} cancel={cancel} proceed={proceed}>
      <Field
        label={label}
        hint={hint}
        value={value}
        maxLength={64}
        required
        autoFocus
        onChange={(event) => onChange(event.target.value)}
        errorId={submit.problem ? BEGIN_PROBLEM : undefined}
      />
    </BeginStep>
  );
}
