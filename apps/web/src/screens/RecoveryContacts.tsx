import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { Field } from "../components/Field";
import { PhoneField } from "../components/PhoneField";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { RecoveryContactCard } from "../components/RecoveryContactCard";
import { SettingsPage } from "../components/SettingsPage";
import { useI18n } from "../i18n/i18n";
import { api, problemOf } from "../lib/api";
import {
  RECOVERY_CONTACTS,
  useRecoveryContacts,
  type RecoveryContactsView,
} from "../lib/recovery-contacts";
import { defaultSMSCountry, type SMSCountry } from "../lib/sms-countries";

/**
 * Manage my profile -> Security and recovery -> Recovery address and phone: an outside mailbox
 * and, optionally, a mobile, each confirmed by a code sent to it, shown masked.
 */
export function RecoveryContacts(): ReactNode {
  const { t } = useI18n();
  const contacts = useRecoveryContacts();
  return (
    <SettingsPage title={t.recoveryContacts.title}>
      <p className="card">{t.recoveryContacts.intro}</p>
      {contacts.error ? (
        <ProblemMessage id="recovery-problem" problem={problemOf(contacts.error)} />
      ) : !contacts.data ? (
        <p className="card muted">{t.app.loading}</p>
      ) : (
        <Cards view={contacts.data} />
      )}
    </SettingsPage>
  );
}

function Cards({ view }: { view: RecoveryContactsView }): ReactNode {
  const { t, locale } = useI18n();
  const r = t.recoveryContacts;
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [country, setCountry] = useState<SMSCountry>(() =>
    defaultSMSCountry(navigator.languages, locale),
  );
  const reload = (message: string): Promise<void> => {
    setNotice(message);
    return queryClient.invalidateQueries({ queryKey: RECOVERY_CONTACTS });
  };
  return (
    <>
      <Notice message={notice} />
      <RecoveryContactCard
        id="recovery-address"
        title={r.addressTitle}
        current={view.address}
        pending={view.pendingAddress}
        entry={(errorId) => (
          <Field
            label={r.emailLabel}
            hint={r.emailHint}
            type="email"
            autoComplete="email"
            autoFocus
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            errorId={errorId}
          />
        )}
        begin={() => api.recovery.setAddress.mutate({ email })}
        confirm={{
          prompt: r.mailedTo,
          run: async (code) => {
            const done = await api.recovery.confirmAddress.mutate({ code });
            await reload(r.addressSaved(done.address));
          },
        }}
        remove={{
          text: r.removeAddressText,
          run: async () => {
            await api.recovery.removeAddress.mutate();
            await reload(r.addressRemoved);
          },
        }}
      />
      <RecoveryContactCard
        id="recovery-phone"
        title={r.phoneTitle}
        note={r.optional}
        current={view.phone}
        pending={view.pendingPhone}
        entry={(errorId) => (
          <PhoneField
            country={country}
            onCountry={setCountry}
            phone={phone}
            onPhone={setPhone}
            errorId={errorId}
            autoFocus
          />
        )}
        begin={() => api.recovery.setPhone.mutate({ phone, country })}
        confirm={{
          prompt: r.textedTo,
          run: async (code) => {
            const done = await api.recovery.confirmPhone.mutate({ code });
            await reload(r.phoneSaved(done.phone));
          },
        }}
        remove={{
          text: r.removePhoneText,
          run: async () => {
            await api.recovery.removePhone.mutate();
            await reload(r.phoneRemoved);
          },
        }}
      />
    </>
  );
}
