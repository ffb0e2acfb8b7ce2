import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { Field } from "../components/Field";
import { PasswordField } from "../components/PasswordField";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { SettingsPage } from "../components/SettingsPage";
import { useStepUp } from "../components/StepUp";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { setFlash } from "../lib/flash";
import { APP_PASSWORDS, ME, SESSIONS, TRUSTED_BROWSERS, useMe } from "../lib/queries";
import { navigate, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

const PROBLEM_ID = "change-password-problem";

/**
 * Manage my profile -> Security and recovery -> Change password. The current password is always
 * asked first; the answer says what the change revoked and signed out.
 *
 * `required`: "This wasn't me" was used, and this page comes before every other one. The person
 * has just signed in, so the password is asked only if the server wants it again (step-up);
 * once changed, the home page says so.
 */
export function ChangePassword({ required = false }: { required?: boolean }): ReactNode {
  const { t } = useI18n();
  const c = t.changePassword;
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const user = useMe().data?.user;
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { submit, pending, problem } = useSubmit(async () => {
    setNotice(null);
    setMismatch(false);
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    const done = await stepUp.run(
      () => api.account.changePassword.mutate({ newPassword: password }),
      // The current password, as every site asks before changing it.
      required ? {} : { askFirst: { text: c.confirmText, methods: ["password"] } },
    );
    if (!done) return;
    setPassword("");
    setRepeat("");
    if (required) {
      setFlash([c.changed, t.passwordRequired.done].join(" "));
      // `me` no longer asks for a new password: the rest of the app opens again.
      await queryClient.refetchQueries({ queryKey: ME });
      navigate(PATHS.home, { replace: true });
      return;
    }
    setNotice(
      [
        c.changed,
        c.appPasswordsRevoked(done.appPasswordsRevoked),
        c.sessionsEnded(done.sessionsEnded),
      ].join(" "),
    );
    await Promise.all(
      [APP_PASSWORDS, SESSIONS, TRUSTED_BROWSERS].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  });
  return (
    <SettingsPage
      title={required ? t.passwordRequired.title : c.title}
      back={required ? null : undefined}
    >
      <Notice message={notice} />
      {required && (
        <p className="warning password-required" data-testid="password-required">
          {t.passwordRequired.text}
        </p>
      )}
      <section className="card">
        <p>{c.intro}</p>
        <form onSubmit={submit} noValidate>
          <PasswordField
            label={c.newLabel}
            hint={c.newHint}
            autoFocus
            value={password}
            onValue={setPassword}
            person={{ email: user?.email, displayName: user?.displayName }}
            errorId={problem ? PROBLEM_ID : undefined}
          />
          <Field
            label={c.repeatLabel}
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
            errorId={mismatch ? PROBLEM_ID : undefined}
          />
          <ProblemMessage
            id={PROBLEM_ID}
            problem={problem ?? (mismatch ? { reason: "INVALID_INPUT" } : null)}
            text={problem ? undefined : mismatch ? c.mismatch : undefined}
          />
          <div className="actions">
            <button type="submit" className="button primary" aria-disabled={pending}>
              {c.submit}
            </button>
          </div>
        </form>
      </section>
    </SettingsPage>
  );
}
