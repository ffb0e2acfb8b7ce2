import { localTimeZone } from "@twofold/client";
import { useState } from "react";
import type { ReactNode } from "react";
import { AccountEmailField, Field } from "../components/Field";
import { PasswordField } from "../components/PasswordField";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { FIELD_LIMITS, mistakeOf, mistakeSentence } from "../lib/field-limits";
import { Link, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";
import { CheckMail } from "./CheckMail";

export function SignUp(): ReactNode {
  const { t, locale } = useI18n();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState(false);
  // The account's emails are written in the language and time zone the person signs up in.
  const timeZone = localTimeZone();
  const signUp = () =>
    api.auth.signUp.mutate({ email, password, displayName, locale, ...(timeZone && { timeZone }) });
  // A mistake found before asking the server, naming the field.
  const [invalid, setInvalid] = useState<{ field: "name" | "email"; text: string } | null>(null);
  const { submit, pending, problem } = useSubmit(async () => {
    setInvalid(null);
    const words = t.stumbles;
    const max = FIELD_LIMITS.email;
    const mistake = mistakeOf({ value: email, max, email: true });
    if (mistake) {
      setInvalid({
        field: "email",
        text: mistakeSentence({ words, mistake, field: t.signUp.email, max }),
      });
      return;
    }
    if (displayName.trim().length > FIELD_LIMITS.displayName) {
      const field = t.signUp.name;
      const text = mistakeSentence({
        words,
        mistake: "TOO_LONG",
        field,
        max: FIELD_LIMITS.displayName,
      });
      setInvalid({ field: "name", text });
      return;
    }
    await signUp();
    setSent(true);
  });
  // The same answer for a free and a taken address: the mail tells which it was.
  if (sent)
    return <CheckMail email={email} resend={signUp} onOtherAddress={() => setSent(false)} />;
  const errorId = problem ? "signup-problem" : undefined;
  const errorFor = (field: "name" | "email"): string | undefined =>
    invalid?.field === field ? "signup-problem" : errorId;
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
          maxLength={FIELD_LIMITS.displayName}
          value={displayName}
          onChange={(event) => {
            if (invalid?.field === "name") setInvalid(null);
            setDisplayName(event.target.value);
          }}
          errorId={invalid?.field === "name" ? "signup-problem" : undefined}
        />
        <AccountEmailField
          label={t.signUp.email}
          value={email}
          onValue={(value) => {
            if (invalid?.field === "email") setInvalid(null);
            setEmail(value);
          }}
          errorId={errorFor("email")}
        />
        <PasswordField
          label={t.signUp.password}
          hint={t.signUp.passwordHint}
          value={password}
          onValue={setPassword}
          person={{ email, displayName }}
          errorId={errorId}
        />
        <ProblemMessage
          id="signup-problem"
          problem={invalid ? { reason: "INVALID_INPUT" } : problem}
          text={invalid?.text}
        />
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
