import { useState } from "react";
import type { ReactNode } from "react";
import { AccountEmailField } from "../components/Field";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

/**
 * "Forgot your password?": asks the address, then says the same whatever it is (the server's
 * answer does not tell whether an account has it, and neither does this page).
 */
export function ForgotPassword(): ReactNode {
  const { t } = useI18n();
  const r = t.reset;
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const { submit, pending, problem } = useSubmit(async () => {
    await api.recovery.requestPasswordReset.mutate({ email });
    setSent(true);
  });
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{r.askTitle}</h1>
      {sent ? (
        <p className="notice" role="status">
          {r.sent}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{r.askIntro}</p>
          <AccountEmailField
            label={r.email}
            autoFocus
            value={email}
            onValue={setEmail}
            errorId={problem ? "forgot-problem" : undefined}
          />
          <ProblemMessage id="forgot-problem" problem={problem} />
          <button type="submit" className="button primary wide" disabled={pending}>
            {r.send}
          </button>
        </form>
      )}
      <p className="aside">
        <Link to={PATHS.signIn}>{r.backToSignIn}</Link>
      </p>
    </section>
  );
}
