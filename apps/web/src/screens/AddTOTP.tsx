import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { BackupCodesView } from "../components/BackupCodesView";
import { CodeField } from "../components/CodeField";
import { CopyButton } from "../components/CopyButton";
import { OTPAppLink } from "../components/OTPAppLink";
import { ProblemMessage } from "../components/ProblemMessage";
import { useStepUp } from "../components/StepUp";
import { AddMethodPage, NameStep } from "../components/AddMethodPage";
import { useMethodAdded } from "../lib/use-method-added";
import { useI18n } from "../i18n/i18n";
import { api, problemOf, type Me, type Outputs, type Problem } from "../lib/api";
import { PATHS } from "../lib/router";
import { TOUCH_DEVICE, useMediaQuery } from "../lib/use-media-query";
import { useSubmit } from "../lib/use-submit";
import { FormActions } from "../components/FormActions";

type Enrollment = Outputs["totp"]["beginEnrollment"];

/** Name the method, scan the QR code (or type the key), confirm with a first code. */
export function AddTOTP({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const stepUp = useStepUp();
  const added = useMethodAdded();
  const [label, setLabel] = useState(t.addTOTP.defaultName);
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const finish = (): Promise<void> => added(t.addTOTP.added(label.trim()));

  const begin = useSubmit(async () => {
    const started = await stepUp.run(() =>
      api.totp.beginEnrollment.mutate({ label: label.trim() }),
    );
    if (started) setEnrollment(started);
  });

  if (codes)
    return <BackupCodesView codes={codes} email={me.user.email} onDone={() => void finish()} />;

  return (
    <AddMethodPage title={t.addTOTP.title}>
      {!enrollment ? (
        <NameStep
          label={t.addTOTP.nameLabel}
          hint={t.addTOTP.nameHint}
          value={label}
          onChange={setLabel}
          submit={begin}
          cancel={t.addTOTP.cancel}
          proceed={t.addTOTP.continue}
        />
      ) : (
        <ConfirmTOTP
          enrollment={enrollment}
          onConfirmed={(backupCodes) => {
            if (backupCodes) setCodes(backupCodes);
            else void finish();
          }}
          onGone={(problem) => {
            // Back to naming, the reason shown, so that "Continue" starts again.
            setEnrollment(null);
            begin.setProblem(problem);
          }}
        />
      )}
    </AddMethodPage>
  );
}

const GONE: readonly string[] = ["ENROLLMENT_EXPIRED", "ENROLLMENT_NOT_FOUND"];

function ConfirmTOTP({
  enrollment,
  onConfirmed,
  onGone,
}: {
  enrollment: Enrollment;
  onConfirmed: (backupCodes: string[] | undefined) => void;
  /** The setup expired or no longer exists: only starting again can help. */
  onGone: (problem: Problem) => void;
}): ReactNode {
  const { t, time } = useI18n();
  const stepUp = useStepUp();
  // A phone cannot scan its own screen: there the link to the app comes first.
  const phone = useMediaQuery(TOUCH_DEVICE);
  const [code, setCode] = useState("");
  const form = useRef<HTMLFormElement>(null);
  // The code field takes focus, without scrolling the QR code away.
  useEffect(() => {
    form.current?.querySelector("input")?.focus({ preventScroll: true });
  }, []);
  const confirm = useSubmit(async () => {
    try {
      const done = await stepUp.run(() =>
        api.totp.confirmEnrollment.mutate({ enrollmentId: enrollment.enrollmentId, code }),
      );
      if (done) onConfirmed(done.backupCodes);
    } catch (error) {
      const problem = problemOf(error);
      if (!GONE.includes(problem.reason)) throw error;
      onGone(problem);
    } finally {
      setCode("");
    }
  });
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrollment.qrSvg)}`;
  return (
    <section className="card enroll">
      <h2>{phone ? t.otpLink.phoneStep : t.addTOTP.scan}</h2>
      {phone && <OTPAppLink uri={enrollment.otpauthUri} on="phone" />}
      <img className="qr" src={qr} alt={t.addTOTP.qrAlt} width={220} height={220} />
      {!phone && <OTPAppLink uri={enrollment.otpauthUri} on="computer" />}
      <p>{t.addTOTP.manual}</p>
      <div className="actions">
        <code className="secret" data-testid="totp-secret">
          {enrollment.secret}
        </code>
        <CopyButton text={enrollment.secret.replace(/\s/g, "")} label={t.addTOTP.copyKey} />
      </div>
      <p className="hint">{t.addTOTP.expires(time(enrollment.expiresAt))}</p>
      <h2>{t.addTOTP.confirm}</h2>
      <form ref={form} onSubmit={confirm.submit} noValidate>
        <CodeField
          kind="digits"
          label={t.addTOTP.codeLabel}
          value={code}
          onChange={setCode}
          autoFocus={false}
          errorId={confirm.problem ? "confirm-problem" : undefined}
        />
        <ProblemMessage id="confirm-problem" problem={confirm.problem} />
        <FormActions
          cancel={{ to: PATHS.twoStep, label: t.addTOTP.cancel }}
          submit={t.addTOTP.submit}
          pending={confirm.pending}
        />
      </form>
    </section>
  );
}
