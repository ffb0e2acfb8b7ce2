import { Box, Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Form, type FormField } from "../components/Form";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { useTwofold } from "../lib/context";
import { dateTime, TEXT } from "../lib/text";
import {
  ACCOUNT_RECOVERY_TEXT as R,
  tokenOfLink,
  type TerminalProof,
} from "../lib/text-account-recovery";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";

type Mode = "start" | "complete";

/**
 * "I can't use any of my methods", as on the web: what the recovery is and how long it waits,
 * the proof, then the password (and after the wait a new password). A terminal has no browser
 * cookie: the proofs here are an application password, a code to the recovery phone and the
 * link sent to the recovery address (pasted).
 */
export function Recover({ email: known }: { email?: string | undefined }): ReactNode {
  const { api, store, go, resume, inputEnabled } = useTwofold();
  const [mode, setMode] = useState<Mode>("start");
  const [proof, setProof] = useState<TerminalProof | null>(null);
  const [email, setEmail] = useState(known ?? "");
  const [password, setPassword] = useState("");
  const [secret, setSecret] = useState("");
  const [newPassword, setNewPassword] = useState("");
  // A code or a link asked for: the second form takes it.
  const [asked, setAsked] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [endsAt, setEndsAt] = useState<string | null>(null);
  const { run, pending, problem } = useAction();
  // Until the server says how long it waits (or if it cannot), the text gives no number.
  const wait = useLoad(() => api.recovery.waitPeriod.query());

  const proofInput = () =>
    proof === "sms_code"
      ? { kind: "sms_code" as const, code: secret.trim() }
      : proof === "email_link"
        ? { kind: "email_link" as const, token: tokenOfLink(secret) }
        : { kind: "app_password" as const, appPassword: secret.trim() };

  const ask = (): void =>
    run(async () => {
      if (proof === "email_link") {
        await api.recovery.requestLink.mutate({ email: email.trim() });
        setNotice(R.linkSent);
      } else {
        const sent = await api.recovery.sendPhoneCode.mutate({ email: email.trim(), password });
        setNotice(sent.sentTo ? R.codeSent(sent.sentTo) : R.noPhone);
        if (!sent.sentTo) return;
      }
      setAsked(true);
    });

  const submit = (): void =>
    run(async () => {
      const claim = { email: email.trim(), password, proof: proofInput() };
      if (mode === "start") {
        const started = await api.recovery.start.mutate(claim);
        setEndsAt(started.endsAt);
        return;
      }
      const done = await api.recovery.complete.mutate({ ...claim, newPassword, tokenInBody: true });
      if (done.token) store.set(done.token);
      await resume(R.done);
    });

  const back = (): void => {
    if (!proof) return go({ name: "welcome" });
    setProof(null);
    setAsked(false);
  };
  // The list of proofs and the page that says when it ends: Esc goes back.
  useInput(
    (_input, key) => {
      if (key.escape || (endsAt && key.return)) go({ name: "welcome" });
    },
    { isActive: inputEnabled && (proof === null || endsAt !== null) },
  );

  if (endsAt)
    return (
      <Screen title={R.title} keys={TEXT.keys.input}>
        <Text>{R.started(dateTime(endsAt))}</Text>
        <Text>{R.startedHint}</Text>
      </Screen>
    );

  const needsAsk = (proof === "sms_code" || proof === "email_link") && !asked;
  const fields: FormField[] = needsAsk
    ? [
        { label: R.email, value: email, onChange: setEmail },
        ...(proof === "sms_code"
          ? [{ label: R.password, value: password, onChange: setPassword, mask: true }]
          : []),
      ]
    : [
        { label: R.email, value: email, onChange: setEmail },
        { label: R.password, value: password, onChange: setPassword, mask: true },
        {
          label: proof === "sms_code" ? R.code : proof === "email_link" ? R.link : R.appPassword,
          value: secret,
          onChange: setSecret,
          mask: proof === "app_password",
        },
        ...(mode === "complete"
          ? [{ label: R.newPassword, value: newPassword, onChange: setNewPassword, mask: true }]
          : []),
      ];

  return (
    <Screen
      title={R.title}
      keys={proof ? TEXT.keys.form : TEXT.keys.menu}
      problem={problem}
      notice={notice}
    >
      {!proof ? (
        <>
          <Box flexDirection="column" marginBottom={1}>
            {R.intro(wait.data?.hours ?? null).map((line) => (
              <Text key={line}>{line}</Text>
            ))}
          </Box>
          <Text>{mode === "start" ? R.startMode : R.completeMode}</Text>
          <Text dimColor>{R.choose}</Text>
          <Menu
            items={[
              ...(Object.keys(R.proofs) as TerminalProof[]).map((k) => ({
                value: k,
                label: R.proofs[k],
              })),
              {
                value: "mode" as const,
                label: mode === "start" ? R.completeMode : R.startMode,
              },
            ]}
            onChoose={(value) => {
              if (value === "mode") setMode(mode === "start" ? "complete" : "start");
              else setProof(value);
            }}
          />
        </>
      ) : (
        <Form
          key={`${proof}-${String(asked)}`}
          fields={fields}
          onSubmit={needsAsk ? ask : submit}
          onBack={back}
        />
      )}
      {pending && <Text>…</Text>}
    </Screen>
  );
}
