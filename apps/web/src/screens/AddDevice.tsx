import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { BackupCodesView } from "../components/BackupCodesView";
import { CopyButton } from "../components/CopyButton";
import { ProblemMessage } from "../components/ProblemMessage";
import { useStepUp } from "../components/StepUp";
import { AddMethodPage, NameStep } from "../components/AddMethodPage";
import { useMethodAdded } from "../lib/use-method-added";
import { useI18n } from "../i18n/i18n";
import { api, type Me, type Outputs, type Problem } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { authenticatorAddress, phoneNeedsHTTPS } from "../lib/phone-https";
import { usePoll } from "../lib/use-poll";
import { useSubmit } from "../lib/use-submit";

type Enrollment = Outputs["push"]["beginDeviceEnrollment"];

/** The command the terminal runs; a program's name, the same in every language. */
const COMMAND = "twofold approve";

/**
 * Name the device, then the device enrolls with the code shown here (the QR code opens the
 * phone authenticator with it; or typed there, or after `twofold approve`) while the page
 * asks the server whether it has.
 */
export function AddDevice({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const stepUp = useStepUp();
  const added = useMethodAdded();
  const [label, setLabel] = useState(t.addDevice.defaultName);
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const name = label.trim() || t.addDevice.defaultName;

  const finish = (): Promise<void> => added(t.addDevice.added(name));

  const begin = useSubmit(async () => {
    const started = await stepUp.run(() => api.push.beginDeviceEnrollment.mutate({ label: name }));
    if (started) setEnrollment(started);
  });

  if (codes)
    return <BackupCodesView codes={codes} email={me.user.email} onDone={() => void finish()} />;

  return (
    <AddMethodPage title={t.addDevice.title}>
      {!enrollment ? (
        <NameStep
          intro={t.addDevice.intro}
          label={t.addDevice.nameLabel}
          hint={t.addDevice.nameHint}
          value={label}
          onChange={setLabel}
          submit={begin}
          cancel={t.addDevice.cancel}
          proceed={t.addDevice.continue}
        />
      ) : (
        <EnrollDevice
          // A new code (Start again) is a new setup: its own status, polled afresh.
          key={enrollment.enrollmentId}
          enrollment={enrollment}
          onDone={(backupCodes) => {
            if (backupCodes) setCodes(backupCodes);
            else void finish();
          }}
          restart={{ run: () => begin.submit(), pending: begin.pending, problem: begin.problem }}
        />
      )}
    </AddMethodPage>
  );
}

function EnrollDevice({
  enrollment,
  onDone,
  restart,
}: {
  enrollment: Enrollment;
  /** The device enrolled; backup codes when it is the account's first method. */
  onDone: (backupCodes: string[] | undefined) => void;
  /** "Start again": a new code for the same name. */
  restart: { run: () => void; pending: boolean; problem: Problem | null };
}): ReactNode {
  const { t, time } = useI18n();
  const [expired, setExpired] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // "Continue" is gone: focus goes to the code's heading, so that the instruction reads next.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  usePoll(expired || problem ? null : enrollment.enrollmentId, {
    ask: (enrollmentId) => api.push.enrollmentStatus.mutate({ enrollmentId }),
    onAnswer: (answer) => {
      if (answer.status === "pending") return true;
      if (answer.status === "expired") setExpired(true);
      else onDone(answer.backupCodes);
      return false;
    },
    onProblem: setProblem,
  });

  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrollment.qrSvg)}`;
  return (
    <section className="card enroll" aria-labelledby="enroll-code-title">
      <h2 id="enroll-code-title" ref={heading} tabIndex={-1}>
        {t.addDevice.codeLabel}
      </h2>
      {!expired && (
        <>
          {phoneNeedsHTTPS(window.location) ? (
            <p className="warning" data-testid="phone-needs-https">
              {t.addDevice.needsHTTPS}
            </p>
          ) : (
            <>
              <p>{t.addDevice.phoneStep}</p>
              <img className="qr" src={qr} alt={t.addDevice.qrAlt} width={220} height={220} />
              <p>{t.addDevice.typeCode(authenticatorAddress(window.location.origin))}</p>
            </>
          )}
          <div className="actions">
            <code className="enroll-code" data-testid="enrollment-code">
              {enrollment.enrollmentCode}
            </code>
            <CopyButton text={enrollment.enrollmentCode} label={t.addDevice.copyCode} />
          </div>
          <p>
            {t.addDevice.terminalBefore} <code className="command">{COMMAND}</code>{" "}
            {t.addDevice.terminalAfter}
          </p>
          <p className="hint">{t.addDevice.expires(time(enrollment.expiresAt))}</p>
        </>
      )}
      <p role="status" className={expired ? "status-line warn" : "status-line"}>
        {expired ? t.addDevice.expired : t.addDevice.waiting}
      </p>
      <ProblemMessage id="enroll-problem" problem={problem ?? restart.problem} />
      <div className="actions">
        <Link to={PATHS.twoStep} className="button">
          {t.addDevice.cancel}
        </Link>
        {(expired || problem) && (
          <button
            type="button"
            className="button primary"
            aria-disabled={restart.pending}
            onClick={restart.run}
          >
            {t.addDevice.startAgain}
          </button>
        )}
      </div>
    </section>
  );
}
