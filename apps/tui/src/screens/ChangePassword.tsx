import { Text } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Form } from "../components/Form";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";

const T = TEXT.changePassword;

/**
 * The new password twice (hidden); then how many application passwords were revoked and
 * sessions ended, since whoever knew the old password keeps nothing it opened. `required`
 * (after "this wasn't me"): shown first after sign-in, says why, and Esc does not skip it.
 */
export function ChangePassword({
  required,
  notice,
}: {
  required: boolean;
  notice?: string;
}): ReactNode {
  const { api, go, stepUp } = useTwofold();
  const theme = useTheme();
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [differ, setDiffer] = useState(false);
  // Each try starts again from the first field, both emptied.
  const [round, setRound] = useState(0);
  const { run, pending, problem } = useAction();

  const submit = (): void =>
    run(async () => {
      const newPassword = password;
      setPassword("");
      setAgain("");
      setRound((r) => r + 1);
      setDiffer(newPassword !== again);
      if (newPassword !== again) return;
      const done = await stepUp(() => api.account.changePassword.mutate({ newPassword }));
      if (done)
        go({ name: "settings", notice: T.done(done.appPasswordsRevoked, done.sessionsEnded) });
    });

  return (
    <Screen
      title={T.title}
      keys={required ? TEXT.keys.formFirst : TEXT.keys.form}
      problem={problem}
      notice={notice}
    >
      {required &&
        TEXT.passwordRequired.map((line) => (
          <Text key={line} color={theme.warn}>
            {line}
          </Text>
        ))}
      {!required &&
        T.intro.map((line) => (
          <Text key={line} dimColor={theme.dim}>
            {line}
          </Text>
        ))}
      <Text> </Text>
      <Form
        key={round}
        fields={[
          { label: T.password, value: password, onChange: setPassword, mask: true },
          { label: T.again, value: again, onChange: setAgain, mask: true },
        ]}
        onSubmit={submit}
        onBack={required ? undefined : () => go({ name: "settings" })}
      />
      {differ && <Text color={theme.warn}>{T.differ}</Text>}
      {pending && <Text>…</Text>}
    </Screen>
  );
}
