import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { AccountEmailField, Field } from "../components/Field";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { setFlash } from "../lib/flash";
import { sessionStarted, useRecoveryWait } from "../lib/queries";
import { linkToken, PROOF_KINDS, proofInput, type RecoveryProofKind } from "../lib/recovery";
import { Link, navigate, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

const PROBLEM_ID = "recover-problem";

/**
 * "I can't use any of my methods": what the recovery is and how long it waits, then the
 * password and one proof to start it; after the wait, the same with a new password to complete
 * it. Opened from the second step of a sign-in, or from the link sent to the recovery address
 * (`#token=`), which is then the proof.
 */
export function Recover(): ReactNode {
  const { t, dateTime } = useI18n();
  const r = t.recovery;
  const queryClient = useQueryClient();
  // Until the server says how long it waits (or if it cannot), the text gives no number.
  const waitHours = useRecoveryWait().data ?? null;
  const [token, setToken] = useState(() => linkToken(window.location.hash));
  const [mode, setMode] = useState<"start" | "complete">("start");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [kind, setKind] = useState<RecoveryProofKind>(token ? "email_link" : "browser");
  // The link opened in the tab that shows this page already changes only the fragment.
  useEffect(() => {
    const follow = () => {
      const next = linkToken(window.location.hash);
      setToken(next);
      if (next) setKind("email_link");
    };
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const [code, setCode] = useState("");
  const [appPassword, setAppPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [endsAt, setEndsAt] = useState<string | null>(null);

  // "A link to my recovery address" before the link came: sending it is the one thing to do
  // (the link's page then asks for the password).
  const linkToAsk = !token && kind === "email_link";
  const proof = () => proofInput({ kind, token, code, appPassword });
  const claim = () => ({ ...(email ? { email } : {}), password, proof: proof() });

  const { submit, pending, problem, setProblem } = useSubmit(async () => {
    setNotice(null);
    if (mode === "start") {
      const started = await api.recovery.start.mutate(claim());
      setEndsAt(started.endsAt);
      setPassword("");
      return;
    }
    await api.recovery.complete.mutate({ ...claim(), newPassword });
    setFlash(r.done);
    await sessionStarted(queryClient);
    navigate(PATHS.twoStep, { replace: true });
  });

  const ask = useSubmit(async () => {
    setProblem(null);
    if (kind === "email_link") {
      await api.recovery.requestLink.mutate({ email });
      setNotice(r.linkSent);
      return;
    }
    const sent = await api.recovery.sendPhoneCode.mutate({ email, password });
    setNotice(sent.sentTo ? r.codeSent(sent.sentTo) : r.noPhone);
  });

  if (endsAt)
    return (
      <section className="card narrow" aria-labelledby="page-title" data-testid="recovery-started">
        <h1 id="page-title">{r.started}</h1>
        <p>{r.endsAt(dateTime(endsAt))}</p>
        <p>{r.startedText}</p>
        <p className="muted">{r.afterWait}</p>
        <Link to={PATHS.signIn}>{r.backToSignIn}</Link>
      </section>
    );

  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{mode === "start" ? r.title : r.completeTitle}</h1>
      <p>{r.intro(waitHours)}</p>
      <p className="muted">{r.afterWait}</p>
      {token && <p className="notice">{r.fromLink}</p>}
      <Notice message={notice} />
      <form onSubmit={submit} noValidate>
        {!token && <AccountEmailField label={r.email} value={email} onValue={setEmail} />}
        {!linkToAsk && (
          <Field
            label={r.password}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            errorId={problem ? PROBLEM_ID : undefined}
          />
        )}
        {!token && (
          <fieldset className="choices">
            <legend>{r.proofLegend}</legend>
            {PROOF_KINDS.map((k) => (
              <label key={k} className="radio">
                <input
                  type="radio"
                  name="proof"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {r.proofs[k]}
              </label>
            ))}
          </fieldset>
        )}
        {!token && (kind === "email_link" || kind === "sms_code") && (
          <div className="actions">
            <button
              type="button"
              className={linkToAsk ? "button primary" : "button"}
              aria-disabled={ask.pending}
              onClick={() => ask.submit()}
            >
              {kind === "email_link" ? r.sendLink : r.sendCode}
            </button>
          </div>
        )}
        {kind === "sms_code" && (
          <Field
            label={r.codeLabel}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
        {kind === "app_password" && (
          <Field
            label={r.appPasswordLabel}
            autoComplete="off"
            value={appPassword}
            onChange={(event) => setAppPassword(event.target.value)}
          />
        )}
        {mode === "complete" && (
          <Field
            label={r.newPassword}
            hint={r.newPasswordHint}
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
        )}
        <ProblemMessage id={PROBLEM_ID} problem={problem ?? ask.problem} />
        {!linkToAsk && (
          <div className="actions">
            <button type="submit" className="button primary" aria-disabled={pending}>
              {mode === "start" ? r.start : r.complete}
            </button>
          </div>
        )}
      </form>
      <div className="actions spread">
        <button
          type="button"
          className="link-button"
          onClick={() => setMode(mode === "start" ? "complete" : "start")}
        >
          {mode === "start" ? r.completeMode : r.startMode}
        </button>
        <Link to={PATHS.signIn}>{r.backToSignIn}</Link>
      </div>
    </section>
  );
}
