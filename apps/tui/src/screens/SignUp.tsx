import { Text } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Form } from "../components/Form";
import { Screen } from "../components/Screen";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";

export function SignUp(): ReactNode {
  const { api, store, go, resume } = useTwofold();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { run, pending, problem } = useAction();
  const submit = (): void =>
    run(async () => {
      const done = await api.auth.signUp.mutate({
        email: email.trim(),
        password,
        displayName: displayName.trim(),
        remember: true,
        tokenInBody: true,
      });
      if (done.token) store.set(done.token);
      await resume();
    });
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
