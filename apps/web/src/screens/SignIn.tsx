import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { Checkbox, Field } from "../components/Field";
import { ProblemMessage } from "../components/ProblemMessage";
import { sessionStarted } from "../lib/queries";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { Link, navigate, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

export function SignIn(): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(false);
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      const outcome = await api.auth.signIn.mutate({ email, password, remember });
      await sessionStarted(queryClient);
      navigate(outcome.status === "authenticated" ? PATHS.home : PATHS.verify, { replace: true });
    } finally {
      setPassword("");
    }
  });
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t.signIn.title}</h1>
      <form onSubmit={submit} noValidate>
        <Field
          label={t.signIn.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          errorId={problem ? "signin-problem" : undefined}
        />
        <Field
          label={t.signIn.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errorId={problem ? "signin-problem" : undefined}
        />
        <Checkbox
          label={t.signIn.remember}
          hint={t.signIn.rememberHint}
          checked={remember}
          onChange={(event) => setRemember(event.target.checked)}
        />
        <ProblemMessage id="signin-problem" problem={problem} />
        <button type="submit" className="button primary wide" disabled={pending}>
          {t.signIn.submit}
        </button>
      </form>
      <p className="aside">
        {t.signIn.noAccount} <Link to={PATHS.signUp}>{t.signIn.createAccount}</Link>
      </p>
    </section>
  );
}
