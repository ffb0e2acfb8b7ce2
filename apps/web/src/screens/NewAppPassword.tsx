import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { AppPasswordForm, type CreatedAppPassword } from "../components/AppPasswordForm";
import { AppPasswordShown } from "../components/AppPasswordShown";
import { SettingsPage } from "../components/SettingsPage";
import { useI18n } from "../i18n/i18n";
import type { Me } from "../lib/api";
import { setFlash } from "../lib/flash";
import { APP_PASSWORDS } from "../lib/queries";
import { navigate, PATHS } from "../lib/router";

/** Application passwords -> Create: the form, then the password shown once. */
export function NewAppPassword({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  // The only place the password lives; Done (or leaving the page) drops it.
  const [created, setCreated] = useState<CreatedAppPassword | null>(null);
  return (
    <SettingsPage
      title={t.appPasswords.create}
      back={{ to: PATHS.appPasswords, label: t.appPasswords.title }}
    >
      {created ? (
        <AppPasswordShown
          name={created.name}
          password={created.password}
          email={me.user.email}
          scopes={created.scopes}
          onDone={() => {
            setFlash(t.appPasswords.createdNotice(created.name));
            setCreated(null);
            navigate(PATHS.appPasswords);
          }}
        />
      ) : (
        <AppPasswordForm
          onCreated={(made) => {
            setCreated(made);
            void queryClient.invalidateQueries({ queryKey: APP_PASSWORDS });
          }}
        />
      )}
    </SettingsPage>
  );
}
