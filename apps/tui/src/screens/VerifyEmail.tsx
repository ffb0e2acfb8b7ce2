import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";

/**
 * "Check your mail": the 6-digit code of the mail confirms the address and signs in. Ctrl+R
 * sends the mail again the way it was first sent (`resend`), so asking again answers alike
 * whether the address had an account or not. Pasted text keeps its digits only.
 */
export function VerifyEmail({
  email,
  resend,
  onBack,
}: {
  email: string;
  resend: () => Promise<unknown>;
  onBack: () => void;
}): ReactNode {
  const { api, store, resume, inputEnabled } = useTwofold();
  const [code, setCode] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const { run, pending, problem } = useAction();
  useInput(
    (input, key) => {
      if (key.escape) onBack();
      if (key.ctrl && input === "r")
        run(async () => {
          setNotice(null);
          await resend();
          setNotice(TEXT.verifyEmail.sentAgain);
        });
    },
    { isActive: inputEnabled },
  );
  const submit = (): void =>
    run(async () => {
      try {
        const done = await api.auth.verifyEmail.mutate({
          email,
          code,
          remember: true,
          tokenInBody: true,
        });
        if (done.token) store.set(done.token);
        await resume();
      } finally {
        setCode("");
      }
    });
  return (
    <Screen
      title={TEXT.verifyEmail.title}
      keys={TEXT.verifyEmail.keys}
      problem={problem}
      notice={notice}
    >
      <Text>{TEXT.verifyEmail.sent(email)}</Text>
      <TextInput
        label={TEXT.verifyEmail.code}
        value={code}
        onChange={(typed) => setCode(typed.replace(/\D/g, "").slice(0, 6))}
        onSubmit={submit}
        focus
      />
      {pending && <Text>…</Text>}
    </Screen>
  );
}
