import { useState } from "react";
import type { ReactNode } from "react";
import { Checkbox, AccountEmailField, Field } from "../components/Field";
import { KeyProblemMessage, ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { useSignInRoute } from "../lib/sign-in-complete";
import { useKeyAction } from "../lib/use-key-action";
import { usePasskeyAutofill } from "../lib/use-passkey-autofill";
import { useSubmit } from "../lib/use-submit";
import { signWithKey } from "../lib/webauthn";
import { CheckMail } from "./CheckMail";

/** An app's request to sign in through Twofold: what the page says, and the way back to the app. */
export interface ForApp {
  /** "Sign in to continue to Roundcube". */
  heading: string;
  /** Why a signed-in person signs in anyway ("Roundcube asks you to sign in again"). */
  why: string | null;
  email: string;
  remember: boolean;
  /** The app requires the second step: the browser's 30 days of trust do not skip it. */
  secondStep: boolean;
  /** "Cancel and go back to Roundcube", in place of the link to sign up. */
  cancel: ReactNode;
}

/** The sign-in: Twofold's own, or (`forApp`) for an app that sent the person here. */
export function SignIn({ forApp }: { forApp?: ForApp }): ReactNode {
  const { t } = useI18n();
  const route = useSignInRoute();
  const [email, setEmail] = useState(forApp?.email ?? "");
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(forApp?.remember ?? false);
  // The address of this account is not confirmed yet: a new mail was sent (the password is kept
  // only to send it again).
  const [unconfirmed, setUnconfirmed] = useState<{ email: string; password: string } | null>(null);
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      const outcome = await api.auth.signIn.mutate({
        email,
        password,
        remember,
        ...(forApp?.secondStep && { secondStep: "always" as const }),
      });
      if (outcome.status === "verification_required") {
        setUnconfirmed({ email, password });
        return;
      }
      await (outcome.status === "authenticated" ? route.complete() : route.secondStep());
    } finally {
      setPassword("");
    }
  });
  // No email, no password: the passkey says who signs in, and the session is complete. The
  // email field offers the passkeys too (autofill); the button aborts that waiting request
  // first, since a browser runs one WebAuthn request at a time.
  const autofill = usePasskeyAutofill({
    active: unconfirmed === null,
    begin: () => api.auth.beginPasskeySignIn.mutate(),
    finish: async (response) => {
      await api.auth.finishPasskeySignIn.mutate({ response, remember });
      await route.complete();
    },
  });
  const passkey = useKeyAction(async () => {
    autofill.stop();
    const options = await api.auth.beginPasskeySignIn.mutate();
    const response = await signWithKey(options);
    await api.auth.finishPasskeySignIn.mutate({ response, remember });
    await route.complete();
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
      <h1 id="page-title">{forApp?.heading ?? t.signIn.title}</h1>
      {forApp?.why && <p>{forApp.why}</p>}
      <form onSubmit={submit} noValidate>
        <AccountEmailField
          label={t.signIn.email}
          autoComplete="username webauthn"
          autoFocus={!forApp?.email}
          onFocus={autofill.offer}
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
          autoFocus={Boolean(forApp?.email)}
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
        <KeyProblemMessage
          id="passkey-problem"
          failure={autofill.failure ?? passkey.failure}
          reserved
        />
      </div>
      {forApp ? (
        forApp.cancel
      ) : (
        <p className="aside">
          {t.signIn.noAccount} <Link to={PATHS.signUp}>{t.signIn.createAccount}</Link>
        </p>
      )}
    </section>
  );
}
