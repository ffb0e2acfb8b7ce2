import { Text } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Form } from "../components/Form";
import { Screen } from "../components/Screen";
import { localTimeZone } from "@twofold/client";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";
import { VerifyEmail } from "./VerifyEmail";

export function SignUp(): ReactNode {
  const { api, go } = useTwofold();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState(false);
  const { run, pending, problem } = useAction();
  const timeZone = localTimeZone();
  const signUp = () =>
    api.auth.signUp.mutate({
      email: email.trim(),
      password,
      displayName: displayName.trim(),
      // The account's mails, and this screen once signed in, in the terminal's language.
      locale: currentLocale(),
      ...(timeZone && { timeZone }),
    });
  const submit = (): void =>
    run(async () => {
      await signUp();
      setSent(true);
    });
  // The same answer for a free and a taken address: the mail tells which it was.
  if (sent)
    return <VerifyEmail email={email.trim()} resend={signUp} onBack={() => setSent(false)} />;
  return (
    <Screen title={TEXT.signUp.title} keys={TEXT.keys.form} problem={problem}>
      <Form
        fields={[
          { label: TEXT.signUp.name, value: displayName, onChange: setDisplayName },
          { label: TEXT.signUp.email, value: email, onChange: setEmail },
          { label: TEXT.signUp.password, value: password, onChange: setPassword, mask: true },
        ]}
        onSubmit={submit}
        onBack={() => go({ name: "welcome" })}
      />
      {pending && <Text>…</Text>}
    </Screen>
  );
}
