import { useState } from "react";
import type { ReactNode } from "react";
import { AddMethodPage, BEGIN_PROBLEM, BeginStep } from "../components/AddMethodPage";
import { BackupCodesView } from "../components/BackupCodesView";
import { PhoneField } from "../components/PhoneField";
import { SMSWeakNote } from "../components/SMSWeakNote";
import { useStepUp } from "../components/StepUp";
import { useI18n } from "../i18n/i18n";
import { api, type Me, type Outputs } from "../lib/api";
import { defaultSMSCountry, type SMSCountry } from "../lib/sms-countries";
import { useMethodAdded } from "../lib/use-method-added";
import { useSubmit } from "../lib/use-submit";
import { ConfirmPhone } from "./AddSMSConfirm";

type Sent = Outputs["sms"]["addPhone"];

/**
 * A mobile number (after being told SMS is the weakest method), then the code sent to it; the
 * first method of the account shows the backup codes, like the other methods. The method is
 * named after its masked number; it can be renamed in the list.
 */
export function AddSMS({ me }: { me: Me }): ReactNode {
  const { t, locale } = useI18n();
  const stepUp = useStepUp();
  const added = useMethodAdded();
  const [country, setCountry] = useState<SMSCountry>(() =>
    defaultSMSCountry(navigator.languages, locale),
  );
  const [phone, setPhone] = useState("");
  const [sent, setSent] = useState<Sent | null>(null);
  // Arriving, focus is on the page's title, so that the warning is read before the form; coming
  // back from the code, it goes to the number.
  const [cameBack, setCameBack] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);

  const finish = (name: string): Promise<void> => added(t.addSMS.added(name));

  const begin = useSubmit(async () => {
    const started = await stepUp.run(() => api.sms.addPhone.mutate({ phone, country }));
    if (started) setSent(started);
  });

  if (codes && sent)
    return (
      <BackupCodesView
        codes={codes}
        email={me.user.email}
        onDone={() => void finish(sent.sentTo)}
      />
    );

  return (
    <AddMethodPage title={t.addSMS.title}>
      {!sent ? (
        <BeginStep
          intro={
            <>
              <p>{t.addSMS.intro}</p>
              <SMSWeakNote level={2} />
            </>
          }
          submit={begin}
          cancel={t.addSMS.cancel}
          proceed={t.addSMS.send}
        >
          <PhoneField
            country={country}
            onCountry={setCountry}
            phone={phone}
            onPhone={setPhone}
            errorId={begin.problem ? BEGIN_PROBLEM : undefined}
            autoFocus={cameBack}
          />
        </BeginStep>
      ) : (
        <ConfirmPhone
          key={sent.phoneId}
          sent={sent}
          onConfirmed={(backupCodes) => {
            if (backupCodes) setCodes(backupCodes);
            else void finish(sent.sentTo);
          }}
          onBack={(problem) => {
            // The number, as typed, is still in its field: sending again is one click.
            setSent(null);
            setCameBack(true);
            begin.setProblem(problem);
          }}
        />
      )}
    </AddMethodPage>
  );
}
