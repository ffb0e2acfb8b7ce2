import { useState } from "react";
import type { ReactNode } from "react";
import { BackupCodesView } from "../components/BackupCodesView";
import { Checkbox, Field } from "../components/Field";
import { KeyProblemMessage } from "../components/ProblemMessage";
import { useStepUp } from "../components/StepUp";
import { AddMethodPage } from "../components/AddMethodPage";
import { useMethodAdded } from "../lib/use-method-added";
import { FIELD_LIMITS } from "../lib/field-limits";
import { useI18n } from "../i18n/i18n";
import { api, type Me } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { useKeyAction } from "../lib/use-key-action";
import { isIpAddressHost, isLoopbackHost, onLocalhost, registerKey } from "../lib/webauthn";
import { FormActions } from "../components/FormActions";

/**
 * Name the key (and say whether it is a passkey), then the browser asks the person to touch it;
 * the first method of the account shows the backup codes, like the OTP app.
 */
export function AddSecurityKey({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const stepUp = useStepUp();
  const added = useMethodAdded();
  const [label, setLabel] = useState("");
  const [passkey, setPasskey] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  // An empty name is the method's own name, as a person would call it.
  const name = label.trim() || t.methods.webauthn;

  const finish = (): Promise<void> => added(t.addKey.added(name));

  const add = useKeyAction(async () => {
    const options = await stepUp.run(() =>
      api.webauthn.beginRegistration.mutate({ label: name, passkey }),
    );
    if (!options) return;
    setWaiting(true);
    const response = await registerKey(options).finally(() => setWaiting(false));
    const done = await stepUp.run(() => api.webauthn.finishRegistration.mutate({ response }));
    if (!done) return;
    if (done.backupCodes) setCodes(done.backupCodes);
    else await finish();
  });

  if (codes)
    return <BackupCodesView codes={codes} email={me.user.email} onDone={() => void finish()} />;

  return (
    <AddMethodPage title={t.addKey.title}>
      <section className="card">
        <p>{t.addKey.intro}</p>
        {isIpAddressHost(window.location.hostname) ? (
          <IpAddressHost />
        ) : (
          <form onSubmit={add.run} noValidate>
            <Field
              label={t.addKey.nameLabel}
              hint={t.addKey.nameHint}
              placeholder={t.addKey.namePlaceholder}
              value={label}
              maxLength={FIELD_LIMITS.label}
              autoFocus
              onChange={(event) => setLabel(event.target.value)}
              errorId={add.failure ? "key-problem" : undefined}
            />
            <Checkbox
              label={t.addKey.passkey}
              hint={t.addKey.passkeyHint}
              checked={passkey}
              onChange={(event) => setPasskey(event.target.checked)}
            />
            <p className="status-line" role="status">
              {waiting ? t.addKey.waiting : ""}
            </p>
            <KeyProblemMessage id="key-problem" failure={add.failure} />
            <FormActions
              cancel={{ to: PATHS.twoStep, label: t.addKey.cancel }}
              submit={t.addKey.submit}
              pending={add.pending}
            />
          </form>
        )}
      </section>
    </AddMethodPage>
  );
}

/** Browsers refuse security keys on an IP address: say so, and offer the same page by name. */
function IpAddressHost(): ReactNode {
  const { t } = useI18n();
  const loopback = isLoopbackHost(window.location.hostname);
  return (
    <>
      <p className="warning">{t.addKey.ipHost}</p>
      <div className="actions">
        <Link to={PATHS.twoStep} className="button">
          {t.addKey.cancel}
        </Link>
        {loopback ? (
          <a className="button primary" href={onLocalhost(window.location)}>
            {t.addKey.openLocalhost}
          </a>
        ) : (
          <p>{t.addKey.ipOtherHost}</p>
        )}
      </div>
    </>
  );
}
