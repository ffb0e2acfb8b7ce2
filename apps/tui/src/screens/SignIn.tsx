import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Form } from "../components/Form";
import { Screen } from "../components/Screen";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { RESET_TEXT } from "../lib/text-reset";
import { useAction } from "../lib/use-action";
import { VerifyEmail } from "./VerifyEmail";

/** Email and password (hidden); the session is kept for the next start. */
export function SignIn(): ReactNode {
  const { api, store, go, resume, inputEnabled } = useTwofold();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // This account's address is not confirmed yet: a new mail was sent (the password is kept
  // only to send it again).
  const [unconfirmed, setUnconfirmed] = useState<{ email: string; password: string } | null>(null);
  const { run, pending, problem } = useAction();
  useInput(
    (input, key) => {
      if (key.ctrl && input === "f") go({ name: "forgotPassword" });
    },
    { isActive: inputEnabled },
  );
  const submit = (): void =>
    run(async () => {
      try {
        const outcome = await api.auth.signIn.mutate({
          email: email.trim(),
          password,
          remember: true,
          tokenInBody: true,
        });
        if (outcome.status === "verification_required") {
          setUnconfirmed({ email: email.trim(), password });
          return;
        }
        if (outcome.token) store.set(outcome.token);
        await resume();
      } finally {
        setPassword("");
      }
    });
  if (unconfirmed)
    return (
      <VerifyEmail
        email={unconfirmed.email}
        resend={() => api.auth.signIn.mutate({ ...unconfirmed, remember: true })}
        onBack={() => setUnconfirmed(null)}
      />
    );
  return (
    <Screen title={TEXT.signIn.title} keys={TEXT.keys.form} problem={problem}>
      <Form
        fields={[
          { label: TEXT.signIn.email, value: email, onChange: setEmail },
          { label: TEXT.signIn.password, value: password, onChange: setPassword, mask: true },
        ]}
        onSubmit={submit}
        onBack={() => go({ name: "welcome" })}
      />
      <Text dimColor>{RESET_TEXT.key}</Text>
      {pending && <Text>…</Text>}
    </Screen>
  );
}
