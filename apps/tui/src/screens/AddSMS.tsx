import { Text, useApp, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { SMS_COUNTRIES, TEXT, type SMSCountry } from "../lib/text";
import { useAction } from "../lib/use-action";
import { SMSCode, type SentCode } from "./SMSCode";

type Step = "country" | "number" | "code";

/** The number being added: what was typed, and the server's enrollment for it. */
interface Enrollment {
  phone: string;
  country: SMSCountry;
  phoneId: string;
}

// Our own constant: its keys are exactly the four countries.
const COUNTRIES = Object.keys(SMS_COUNTRIES) as SMSCountry[];

/** Reasons that end the setup of a number. */
const RESTART = new Set<Problem["reason"]>([
  "ENROLLMENT_EXPIRED",
  "ENROLLMENT_NOT_FOUND",
  "PHONE_ALREADY_ADDED",
]);

/** Choose the country, type the number, type the code it received (Ctrl+R for a new one). */
export function AddSMS(): ReactNode {
  const { api, go, stepUp, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { exit } = useApp();
  const [step, setStep] = useState<Step>("country");
  const [country, setCountry] = useState<SMSCountry>("CH");
  const [phone, setPhone] = useState("");
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const [sending, setSending] = useState(false);
  const [code, setCode] = useState("");
  const { run, pending, problem, setProblem } = useAction();
  const { name, prefix, example } = SMS_COUNTRIES[country];

  useInput(
    (input, key) => {
      if (step === "country" && input === "q") return exit();
      if (!key.escape) return;
      setProblem(null);
      if (step === "country") go({ name: "settings" });
      else if (step === "number") setStep("country");
      else setStep("number");
    },
    { isActive: inputEnabled },
  );

  /** The setup is gone, or the number was added meanwhile: back to the number, as typed. */
  const restartIfGone = (error: unknown): void => {
    if (!RESTART.has(problemOf(error).reason)) return;
    setEnrollment(null);
    setSent(null);
    setStep("number");
  };

  /** "Sending…" while a text message goes out. */
  const sendingWhile = async <T,>(action: () => Promise<T>): Promise<T> => {
    setSending(true);
    try {
      return await action();
    } finally {
      setSending(false);
    }
  };

  /** The number is checked and a code sent; a refused number stays as typed, with the reason. */
  const add = (): void =>
    run(async () => {
      const typed = { phone: phone.trim(), country };
      const added = await sendingWhile(() => stepUp(() => api.sms.addPhone.mutate(typed)));
      if (!added) return;
      setEnrollment({ ...typed, phoneId: added.phoneId });
      setSent({ sentTo: added.sentTo, expiresAt: added.expiresAt, again: false });
      setCode("");
      setStep("code");
    });

  const submitNumber = (): void => {
    // Back from the code with the same number: no other text message (Ctrl+R sends one).
    if (enrollment?.phone === phone.trim() && enrollment.country === country) {
      setProblem(null);
      setStep("code");
    } else add();
  };

  const resend = (): void =>
    run(async () => {
      if (!enrollment) return;
      const { phoneId } = enrollment;
      try {
        const again = await sendingWhile(() =>
          stepUp(() => api.sms.resendCode.mutate({ phoneId })),
        );
        if (again) setSent({ ...again, again: true });
      } catch (error) {
        restartIfGone(error);
        throw error;
      }
    });

  const confirm = (): void =>
    run(async () => {
      if (!enrollment) return;
      const input = { phoneId: enrollment.phoneId, code };
      try {
        const done = await stepUp(() => api.sms.confirmPhone.mutate(input));
        if (!done) return;
        if (done.backupCodes) go({ name: "codes", codes: done.backupCodes });
        else go({ name: "settings", notice: TEXT.sms.added(sent?.sentTo ?? phone.trim()) });
      } catch (error) {
        restartIfGone(error);
        throw error;
      } finally {
        setCode("");
      }
    });

  const keys = { country: TEXT.keys.menu, number: TEXT.keys.input, code: TEXT.keys.smsCode }[step];
  return (
    <Screen title={TEXT.sms.title} keys={keys} problem={problem}>
      {step === "country" && (
        <>
          <Text dimColor={theme.dim}>{TEXT.sms.weak}</Text>
          <Text>{TEXT.sms.country}</Text>
          <Menu
            items={COUNTRIES.map((c) => ({
              value: c,
              label: TEXT.sms.countryItem(SMS_COUNTRIES[c].name, SMS_COUNTRIES[c].prefix),
            }))}
            initial={COUNTRIES.indexOf(country)}
            onChoose={(c) => {
              setCountry(c);
              setStep("number");
            }}
          />
        </>
      )}
      {step === "number" && (
        <>
          <Text>{TEXT.sms.numberHint(name, prefix, example)}</Text>
          <TextInput
            label={TEXT.sms.number}
            value={phone}
            onChange={setPhone}
            onSubmit={submitNumber}
            focus={!pending}
          />
          {sending && <Text>{TEXT.sms.sending}</Text>}
        </>
      )}
      {step === "code" && (
        <SMSCode
          sent={sent}
          sending={sending}
          code={code}
          onChange={setCode}
          onSubmit={confirm}
          onResend={resend}
          focus={!pending}
        />
      )}
    </Screen>
  );
}
