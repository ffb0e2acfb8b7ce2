import { Box, Text, useApp, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Menu, type MenuItem } from "../components/Menu";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { dateTime, TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";
import { useTerminalSize } from "../lib/use-size";
import type { DisabledMethod } from "../lib/text-security";
import { ACCOUNT_RECOVERY_TEXT } from "../lib/text-account-recovery";
import { RECOVERY_TEXT } from "../lib/text-recovery";
import { settingsText } from "../lib/text-settings";
import { currentLocale } from "../lib/locale";
import { APPROVER_TEXT } from "../lib/text-approver";
import { CHECKUP_TEXT } from "../lib/text-checkup";

/** Like the web page: status, each method, add, backup codes, turn off, log, sign out. */
export function Settings({ notice }: { notice?: string }): ReactNode {
  const { api, go, forget, stepUp, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { exit } = useApp();
  const status = useLoad(() => api.twoFactor.status.query());
  const me = useLoad(() => api.auth.me.query());
  const browser = useLoad(() => api.account.browserPolicy.query());
  const recovery = useLoad(() => api.recovery.status.query());
  const recoveryPending = recovery.data?.pending === true;
  const checkup = useLoad(() => api.checkup.status.query());
  // The 30-day question (GitHub's check-up), asked once: a line and its three answers.
  const askMethods = checkup.data?.askMethodsCheck === true;
  const { rows } = useTerminalSize();
  const action = useAction();
  const [enabledAgain, setEnabledAgain] = useState<string | null>(null);
  const shownNotice = enabledAgain ?? notice;
  useInput((input) => input === "q" && exit(), { isActive: inputEnabled });

  const data = status.data;
  // Two lines per method, so that nothing is cut at 80 columns: what it is, then its dates.
  const factorItems: MenuItem<string>[] = (data?.factors ?? []).map((f) => ({
    value: `factor:${f.id}`,
    label: `${f.label} (${[
      TEXT.methods[f.kind],
      f.phone !== f.label ? f.phone : null,
      f.model,
      f.platform,
      f.passkey ? TEXT.securityKey.passkey : null,
      data?.preferred === f.kind ? TEXT.settings.preferred : null,
    ]
      .filter(Boolean)
      .join(", ")})`,
    note: settingsText().methodDates(
      dateTime(f.createdAt),
      f.lastUsedAt ? dateTime(f.lastUsedAt) : null,
    ),
  }));
  const kinds = new Set(data?.factors.map((f) => f.kind));
  const disabled = data?.disabledMethods ?? [];
  const disabledItems: MenuItem<string>[] = disabled.map((m) => ({
    value: `enable:${m}`,
    label: TEXT.disabled.turnOn(TEXT.disabled.names[m]),
    detail: TEXT.disabled.detail,
  }));
  const problem = action.problem ?? status.problem;
  // Title, name, status, "Your methods", keys and the blank lines: 8 rows besides the menu;
  // the SMS advice 2, a notice 1, a problem up to 2, and the last row free (a frame as tall as
  // the terminal is redrawn from the top). The menu scrolls in what is left.
  // Methods turned off by guessing: 2 more. The menu counts a method's second line.
  const menuRows =
    rows -
    9 -
    (kinds.has("sms") ? 2 : 0) -
    (disabled.length > 0 ? 2 : 0) -
    (shownNotice ? 1 : 0) -
    (recoveryPending ? 2 : 0) -
    (askMethods ? 1 : 0) -
    (problem ? 2 : 0);
  // SMS is the weakest method: say so whenever the person has one, and what is stronger.
  const smsAdvice = kinds.size > 1 ? TEXT.settings.smsUseStronger : TEXT.settings.smsAddStronger;
  const items: MenuItem<string>[] = [
    ...(recoveryPending ? [{ value: "cancelRecovery", label: ACCOUNT_RECOVERY_TEXT.cancel }] : []),
    ...(askMethods
      ? [
          { value: "methodsWork", label: CHECKUP_TEXT.methodsCheck.yes },
          { value: "checkup", label: CHECKUP_TEXT.methodsCheck.review },
          { value: "methodsDismiss", label: CHECKUP_TEXT.methodsCheck.dismiss },
        ]
      : []),
    ...factorItems,
    ...disabledItems,
    { value: "addTOTP", label: TEXT.settings.addOTP },
    { value: "addKey", label: TEXT.settings.addKey },
    { value: "addSMS", label: TEXT.settings.addSMS },
    { value: "addDevice", label: APPROVER_TEXT[currentLocale()].menu.addDevice },
    { value: "enrollDevice", label: APPROVER_TEXT[currentLocale()].menu.thisTerminal },
    ...(data?.enabled
      ? [
          { value: "regenerate", label: TEXT.settings.backupCodes(data.backupCodesRemaining) },
          { value: "turnOff", label: TEXT.settings.turnOff },
        ]
      : []),
    { value: "checkup", label: CHECKUP_TEXT.menuItem },
    { value: "log", label: TEXT.settings.log },
    { value: "recoveryContacts", label: RECOVERY_TEXT.menuItem },
    { value: "appPasswords", label: TEXT.settings.appPasswords },
    { value: "sessions", label: TEXT.settings.sessions },
    { value: "browserPolicy", label: TEXT.settings.browserPolicy(browser.data?.policy ?? null) },
    { value: "changePassword", label: TEXT.settings.changePassword },
    { value: "signOut", label: TEXT.settings.signOut },
    { value: "quit", label: TEXT.settings.quit },
  ];

  // The server asks for the password again unless the last sign-in is recent (step-up).
  const enable = (method: DisabledMethod): void =>
    action.run(async () => {
      const done = await stepUp(() => api.twoFactor.enableMethod.mutate({ method }));
      if (!done) return;
      setEnabledAgain(TEXT.disabled.done(TEXT.disabled.names[method]));
      status.reload();
    });

  const choose = (value: string): void => {
    // One step, no password: cancelled for good.
    if (value === "cancelRecovery")
      return action.run(async () => {
        await api.recovery.cancel.mutate();
        setEnabledAgain(ACCOUNT_RECOVERY_TEXT.cancelled);
        recovery.reload();
      });
    if (value === "methodsWork" || value === "methodsDismiss")
      return action.run(async () => {
        const mutation =
          value === "methodsWork" ? api.checkup.confirmMethods : api.checkup.dismissMethodsCheck;
        await mutation.mutate();
        const m = CHECKUP_TEXT.methodsCheck;
        setEnabledAgain(value === "methodsWork" ? m.thanks : m.dismissed);
        checkup.reload();
      });
    const method = disabled.find((m) => `enable:${m}` === value);
    if (method) enable(method);
    else if (value.startsWith("factor:")) {
      const factor = data?.factors.find((f) => `factor:${f.id}` === value);
      if (factor) go({ name: "factor", factor, last: data?.factors.length === 1 });
    } else if (value === "addTOTP") go({ name: "addTOTP" });
    else if (value === "addKey") go({ name: "addKey" });
    else if (value === "addSMS") go({ name: "addSMS" });
    else if (value === "addDevice" || value === "enrollDevice") go({ name: value });
    else if (value === "log") go({ name: "log" });
    else if (value === "checkup") go({ name: "checkup" });
    else if (value === "appPasswords") go({ name: "appPasswords" });
    else if (value === "sessions") go({ name: "sessions" });
    else if (value === "recoveryContacts") go({ name: "recoveryContacts" });
    else if (value === "changePassword") go({ name: "changePassword" });
    else if (value === "browserPolicy") {
      if (browser.data) go({ name: "browserPolicy", policy: browser.data.policy });
    } else if (value === "quit") exit();
    else if (value === "signOut")
      action.run(async () => {
        await api.auth.signOut.mutate();
        forget();
      });
    else if (value === "regenerate")
      action.run(async () => {
        const done = await stepUp(() => api.backupCodes.regenerate.mutate(), {
          askFirst: TEXT.turnOff.regenerate,
        });
        if (done) go({ name: "codes", codes: done.codes });
      });
    else if (value === "turnOff")
      action.run(async () => {
        const done = await stepUp(() => api.twoFactor.disable.mutate(), {
          askFirst: TEXT.turnOff.text,
        });
        if (done) status.reload();
      });
  };

  return (
    <Screen title={TEXT.settings.title} keys={TEXT.keys.top} problem={problem} notice={shownNotice}>
      {me.data && (
        <Text>
          {TEXT.settings.signedInAs(`${me.data.user.displayName} <${me.data.user.email}>`)}
        </Text>
      )}
      {recovery.data?.pending && (
        <>
          <Text bold color={theme.error}>
            {ACCOUNT_RECOVERY_TEXT.pending(dateTime(recovery.data.endsAt))}
          </Text>
          <Text color={theme.warn}>{ACCOUNT_RECOVERY_TEXT.pendingHint}</Text>
        </>
      )}
      {askMethods && <Text color={theme.warn}>{CHECKUP_TEXT.methodsCheck.question}</Text>}
      {data ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold color={data.enabled ? theme.ok : theme.error}>
            {data.enabled ? TEXT.settings.on : TEXT.settings.off}
          </Text>
          {kinds.has("sms") && (
            <>
              <Text color={theme.warn}>{TEXT.settings.smsWeak}</Text>
              <Text color={theme.warn}>{smsAdvice}</Text>
            </>
          )}
          {disabled.length > 0 && (
            <>
              <Text color={theme.error}>
                {TEXT.disabled.off(disabled.map((m) => TEXT.disabled.names[m]).join(", "))}
              </Text>
              <Text color={theme.warn}>{TEXT.disabled.hint}</Text>
            </>
          )}
          <Text dimColor={theme.dim}>
            {data.factors.length === 0 ? TEXT.settings.none : TEXT.settings.methods}
          </Text>
          <Menu
            key={items.length}
            items={items}
            onChoose={choose}
            maxRows={Math.max(menuRows, 4)}
          />
        </Box>
      ) : (
        <Text>…</Text>
      )}
    </Screen>
  );
}
