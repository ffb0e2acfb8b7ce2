import { useState } from "react";
import type { ReactNode } from "react";
import { AccountEmailField, Field } from "../components/Field";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";
import { CheckMail } from "./CheckMail";

export function SignUp(): ReactNode {
  const { t, locale } = useI18n();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState(false);
  // The account's emails are written in the language the person signs up in.
  const signUp = () => api.auth.signUp.mutate({ email, password, displayName, locale });
  const { submit, pending, problem } = useSubmit(async () => {
    await signUp();
    setSent(true);
  });
  // The same answer for a free and a taken address: the mail tells which it was.
  if (sent)
    return <CheckMail email={email} resend={signUp} onOtherAddress={() => setSent(false)} />;
  const errorId = problem ? "signup-problem" : undefined;
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t.signUp.title}</h1>
      <form onSubmit={submit} noValidate>
        <Field
          label={t.signUp.name}
          name="name"
          autoComplete="name"
          required
          autoFocus
          maxLength={100}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <AccountEmailField
          label={t.signUp.email}
          value={email}
          onValue={setEmail}
          errorId={errorId}
        />
        <Field
          label={t.signUp.password}
          hint={t.signUp.passwordHint}
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errorId={errorId}
        />
        <ProblemMessage id="signup-problem" problem={problem} />
        <button type="submit" className="button primary wide" disabled={pending}>
          {t.signUp.submit}
        </button>
      </form>
      <p className="aside">
        {t.signUp.haveAccount} <Link to={PATHS.signIn}>{t.signUp.signIn}</Link>
      </p>
    </section>
  );
}
