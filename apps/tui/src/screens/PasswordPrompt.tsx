import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import type { ApiClient } from "@twofold/client";
import { TEXT } from "../lib/text";

/** Step-up: the password again (hidden) before a security change; Esc gives up. */
export function PasswordPrompt({
  api,
  text,
  onDone,
}: {
  api: ApiClient;
  text: string;
  onDone: (confirmed: boolean) => void;
}): ReactNode {
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  useInput((_input, key) => key.escape && onDone(false));
  const submit = (): void => {
    if (busy) return;
    setBusy(true);
    api.account.reauthenticate.mutate({ password }).then(
      () => onDone(true),
      (error: unknown) => {
        const p = problemOf(error);
        setWrong(p.reason === "INVALID_CREDENTIALS");
        setProblem(p.reason === "INVALID_CREDENTIALS" ? null : p);
        setPassword("");
        setBusy(false);
      },
    );
  };
  return (
    <Screen title={TEXT.password.title} keys={TEXT.keys.input} problem={problem}>
      <Text>{text}</Text>
      <TextInput
        label={TEXT.password.label}
        value={password}
        onChange={setPassword}
        onSubmit={submit}
        focus
        mask
      />
      {wrong && <Text bold>{TEXT.password.wrong}</Text>}
    </Screen>
  );
}
