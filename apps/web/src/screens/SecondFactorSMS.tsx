import { useRef, useState } from "react";
import type { ReactNode } from "react";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api, type Outputs } from "../lib/api";
import { useSubmit } from "../lib/use-submit";
import { CodeForm } from "./CodeForm";

type Sent = Outputs["auth"]["sendSMSCode"];

/** Sending again cannot help with these: the sentence says what to do instead. */
const NO_SENDING: readonly string[] = ["FACTOR_NOT_AVAILABLE"];

/**
 * The second step with a text message. Nothing is sent until the person asks (each SMS costs,
 * and is counted against the number's limits); then the code is typed here. A new code, or a
 * code to another of the account's numbers, ends the previous one.
 */
export function SMSStep(): ReactNode {
  const { t, time } = useI18n();
  const [sent, setSent] = useState<Sent | null>(null);
  const [sends, setSends] = useState(0);
  const target = useRef<string | undefined>(undefined);
  const send = useSubmit(async () => {
    const phoneId = target.current;
    setSent(await api.auth.sendSMSCode.mutate(phoneId === undefined ? undefined : { phoneId }));
    setSends((n) => n + 1);
  });
  const sendTo = (phoneId: string | undefined): void => {
    target.current = phoneId;
    send.submit();
  };
  const blocked = send.problem !== null && NO_SENDING.includes(send.problem.reason);

  return (
    <div className="sms-step">
      <h2>{t.secondFactor.smsTitle}</h2>
      {!sent && <p id="sms-text">{t.secondFactor.smsText}</p>}
      <p className="status-line" role="status">
        {sent &&
          (sends > 1 ? t.secondFactor.smsResentTo : t.secondFactor.smsSentTo)(
            sent.sentTo,
            time(sent.expiresAt),
          )}
      </p>
      {/* A new code is a new form: the field is empty and takes focus. */}
      {sent && <CodeForm key={sends} method="sms" />}
      <ProblemMessage id="sms-send-problem" problem={send.problem} reserved />
      {!blocked && (
        <button
          type="button"
          className={sent ? "link-button" : "button primary wide"}
          autoFocus={!sent}
          aria-describedby={sent ? undefined : "sms-text sms-send-problem"}
          aria-disabled={send.pending}
          onClick={() => sendTo(sent?.phoneId)}
        >
          {sent ? t.secondFactor.smsAgain : t.secondFactor.smsSend}
        </button>
      )}
      {sent && sent.others.length > 0 && (
        <fieldset className="choices">
          <legend>{t.secondFactor.smsOthers}</legend>
          {sent.others.map((other) => (
            <button
              key={other.phoneId}
              type="button"
              className="choice"
              aria-disabled={send.pending}
              onClick={() => sendTo(other.phoneId)}
            >
              {other.sentTo}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
