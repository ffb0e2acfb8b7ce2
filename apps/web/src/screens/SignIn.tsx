import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { Checkbox, AccountEmailField, Field } from "../components/Field";
import { KeyProblemMessage, ProblemMessage } from "../components/ProblemMessage";
import { sessionStarted } from "../lib/queries";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { Link, navigate, PATHS } from "../lib/router";
import { useKeyAction } from "../lib/use-key-action";
import { useSubmit } from "../lib/use-submit";
import { signWithKey } from "../lib/webauthn";
import { CheckMail } from "./CheckMail";

export function SignIn(): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(false);
  // The address of this account is not confirmed yet: a new mail was sent (the password is kept
  // only to send it again).
  const [unconfirmed, setUnconfirmed] = useState<{ email: string; password: string } | null>(null);
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      const outcome = await api.auth.signIn.mutate({ email, password, remember });
      if (outcome.status === "verification_required") {
        setUnconfirmed({ email, password });
        return;
      }
      await sessionStarted(queryClient);
      navigate(outcome.status === "authenticated" ? PATHS.home : PATHS.verify, { replace: true });
    } finally {
      setPassword("");
    }
  });
  // No email, no password: the passkey says who signs in, and the session is complete.
  const passkey = useKeyAction(async () => {
    const options = await api.auth.beginPasskeySignIn.mutate();
    const response = await signWithKey(options);
    await api.auth.finishPasskeySignIn.mutate({ response, remember });
    await sessionStarted(queryClient);
    navigate(PATHS.home, { replace: true });
  });
  if (unconfirmed)
    return (
      <CheckMail
        email={unconfirmed.email}
        resend={() => api.auth.signIn.mutate({ ...unconfirmed, remember })}
        onOtherAddress={() => setUnconfirmed(null)}
      />
    );
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t.signIn.title}</h1>
      <form onSubmit={submit} noValidate>
        <AccountEmailField
          label={t.signIn.email}
          autoFocus
          value={email}
          onValue={setEmail}
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
        <p className="aside">
          <Link to={PATHS.forgotPassword}>{t.reset.forgot}</Link>
        </p>
      </form>
      <div className="passkey-sign-in">
        <button
          type="button"
          className="button wide"
          aria-disabled={passkey.pending}
          aria-describedby="passkey-hint"
          onClick={() => passkey.run()}
        >
          {t.signIn.passkey}
        </button>
        <p id="passkey-hint" className="hint">
          {t.signIn.passkeyHint}
        </p>
        <KeyProblemMessage id="passkey-problem" failure={passkey.failure} reserved />
      </div>
      <p className="aside">
        {t.signIn.noAccount} <Link to={PATHS.signUp}>{t.signIn.createAccount}</Link>
      </p>
    </section>
  );
}
