import type { FormEvent, ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Problem } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { Field } from "./Field";
import { ProblemMessage } from "./ProblemMessage";

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

/** The first step of adding a method: its name, then Continue (or Cancel, back to the list). */
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
  submit: { submit: (event?: FormEvent) => void; pending: boolean; problem: Problem | null };
  cancel: string;
  proceed: string;
}): ReactNode {
  return (
    <section className="card">
      {intro && <p>{intro}</p>}
      <form onSubmit={submit.submit} noValidate>
        <Field
          label={label}
          hint={hint}
          value={value}
          maxLength={64}
          required
          autoFocus
          onChange={(event) => onChange(event.target.value)}
          errorId={submit.problem ? "begin-problem" : undefined}
        />
        <ProblemMessage id="begin-problem" problem={submit.problem} />
        <div className="actions">
          <Link to={PATHS.twoStep} className="button">
            {cancel}
          </Link>
          <button type="submit" className="button primary" aria-disabled={submit.pending}>
            {proceed}
          </button>
        </div>
      </form>
    </section>
  );
}
