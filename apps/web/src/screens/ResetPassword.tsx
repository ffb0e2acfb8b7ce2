import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { Field } from "../components/Field";
import { PasswordField } from "../components/PasswordField";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api, problemOf, type Problem, type SecondFactorKind } from "../lib/api";
import { sessionEnded, sessionStarted } from "../lib/queries";
import { Link, PATHS } from "../lib/router";
import { StepDoneProvider } from "../lib/sign-in-complete";
import { useSubmit } from "../lib/use-submit";
import { useLeaveSignIn } from "../lib/leave-sign-in";
import { CodeForm } from "./CodeForm";
import { SecurityKeyStep } from "./SecondFactorKey";
import { PushStep } from "./SecondFactorPush";
import { SMSStep } from "./SecondFactorSMS";

/** The token of the email's link: after `#`, so it never reaches a server's logs. */
function linkToken(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get("token")?.trim() ?? "";
}

type Stage =
  | { at: "checking" }
  | { at: "refused"; problem: Problem | null }
  | { at: "factor"; factors: SecondFactorKind[]; preferred: SecondFactorKind | null }
  | { at: "password" }
  | { at: "done" };

/**
 * The reset link's page: the link is checked (not spent), the second step comes first when
 * two-step is on (the sign-in's own screens), then the new password twice. Nobody is signed in
 * at the end: every session ended, the person signs in with the new password.
 */
export function ResetPassword(): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [token] = useState(linkToken);
  const [stage, setStage] = useState<Stage>(() =>
    token ? { at: "checking" } : { at: "refused", problem: null },
  );
  useEffect(() => {
    if (!token) return;
    let current = true;
    api.recovery.beginPasswordReset
      .mutate({ token })
      .then(async (begun) => {
        if (!current) return;
        if (begun.status === "choose_password") return setStage({ at: "password" });
        // The reset's session (a cookie) now waits for its second factor.
        await sessionStarted(queryClient);
        setStage({ at: "factor", factors: begun.factors, preferred: begun.preferred });
      })
      .catch((error: unknown) => {
        if (current) setStage({ at: "refused", problem: problemOf(error) });
      });
    return () => {
      current = false;
    };
  }, [token, queryClient]);

  const r = t.reset;
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">
        {stage.at === "factor" ? r.factorTitle : stage.at === "done" ? r.doneTitle : r.askTitle}
      </h1>
      {stage.at === "checking" && (
        <p className="loading" role="status">
          {r.checking}
        </p>
      )}
      {stage.at === "refused" && (
        <>
          {stage.problem ? (
            <ProblemMessage id="reset-problem" problem={stage.problem} />
          ) : (
            <p role="alert">{r.noToken}</p>
          )}
          <Link to={PATHS.forgotPassword}>{r.askAgain}</Link>
        </>
      )}
      {stage.at === "factor" && (
        <StepDoneProvider value={async () => setStage({ at: "password" })}>
          <p>{r.factorIntro}</p>
          <FactorStep factors={stage.factors} preferred={stage.preferred} />
        </StepDoneProvider>
      )}
      {stage.at === "password" && (
        <NewPassword
          token={token}
          done={async () => {
            await sessionEnded(queryClient);
            setStage({ at: "done" });
          }}
        />
      )}
      {stage.at === "done" && (
        <>
          <p className="notice" role="status">
            {r.done}
          </p>
          <Link to={PATHS.signIn}>{r.signIn}</Link>
        </>
      )}
    </section>
  );
}

/** The second step, as the sign-in shows it: the preferred method, the others one click away. */
function FactorStep(props: {
  factors: SecondFactorKind[];
  preferred: SecondFactorKind | null;
}): ReactNode {
  const { t } = useI18n();
  const [method, setMethod] = useState(props.preferred ?? props.factors[0] ?? null);
  const [choosing, setChoosing] = useState(false);
  // None of them at hand: the reset ends here; an account recovery is the way back.
  const leave = useLeaveSignIn();
  if (choosing || !method) {
    return (
      <fieldset className="choices">
        <legend>{t.reset.chooseMethod}</legend>
        {props.factors.map((kind) => (
          <button
            key={kind}
            type="button"
            className="choice"
            onClick={() => {
              setMethod(kind);
              setChoosing(false);
            }}
          >
            {t.methods[kind]}
          </button>
        ))}
      </fieldset>
    );
  }
  return (
    <>
      {method === "webauthn" ? (
        <SecurityKeyStep />
      ) : method === "push" ? (
        <PushStep />
      ) : method === "sms" ? (
        <SMSStep />
      ) : (
        <CodeForm key={method} method={method} />
      )}
      <div className="actions spread">
        {props.factors.length > 1 && (
          <button type="button" className="link-button" onClick={() => setChoosing(true)}>
            {t.reset.otherMethod}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => void leave(PATHS.recover)}>
          {t.recovery.lostAll}
        </button>
      </div>
    </>
  );
}

function NewPassword({ token, done }: { token: string; done: () => Promise<void> }): ReactNode {
  const { t } = useI18n();
  const r = t.reset;
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { submit, pending, problem } = useSubmit(async () => {
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    await api.recovery.completePasswordReset.mutate({ token, password });
    await done();
  });
  const failed = mismatch || problem !== null;
  return (
    <form onSubmit={submit} noValidate>
      {/* The page knows no account (the link does): the server checks the personal part. */}
      <PasswordField
        label={r.newPassword}
        hint={r.newPasswordHint}
        autoFocus
        value={password}
        onValue={setPassword}
        person={{}}
        errorId={failed ? "reset-password-problem" : undefined}
      />
      <Field
        label={r.repeat}
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
        errorId={failed ? "reset-password-problem" : undefined}
      />
      {mismatch ? (
        <div id="reset-password-problem" className="problem" role="alert">
          <p>{r.mismatch}</p>
        </div>
      ) : (
        <ProblemMessage id="reset-password-problem" problem={problem} />
      )}
      <button type="submit" className="button primary wide" disabled={pending}>
        {r.submit}
      </button>
    </form>
  );
}

/**
 * A reset's session met away from the link's page (the person went elsewhere): it opens no
 * other page. The link finishes it; cancelling signs it out.
 */
export function ResetUnderWay(): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { submit, pending, problem } = useSubmit(async () => {
    await api.auth.signOut.mutate();
    await sessionEnded(queryClient);
  });
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t.reset.leftoverTitle}</h1>
      <p>{t.reset.leftover}</p>
      <form onSubmit={submit} noValidate>
        <ProblemMessage id="reset-leftover-problem" problem={problem} />
        <button type="submit" className="button wide" disabled={pending}>
          {t.reset.cancel}
        </button>
      </form>
    </section>
  );
}
