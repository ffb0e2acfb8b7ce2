import { Text } from "ink";
import { useRef, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { TextInput } from "../../components/TextInput";
import { useTwofold } from "../../lib/context";
import { TEXT } from "../../lib/text";
import { STEP_UP_TEXT } from "../../lib/text-step-up";

/**
 * The password (hidden) or the OTP app's 6-digit code, typed and sent to
 * `account.reauthenticate`. A wrong password says so under the field; a wrong code shows its
 * reason (INVALID_CODE) on the problem line, as at sign-in. The field is emptied after a failure.
 */
export function SecretStep({
  method,
  onConfirmed,
  onProblem,
}: {
  method: "password" | "totp";
  onConfirmed: () => void;
  onProblem: (problem: Problem | null) => void;
}): ReactNode {
  const { api } = useTwofold();
  const [value, setValue] = useState("");
  const [wrong, setWrong] = useState(false);
  const [pending, setPending] = useState(false);
  const busy = useRef(false);

  const submit = (): void => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    const sent =
      method === "password"
        ? api.account.reauthenticate.mutate({ password: value })
        : // A code pasted as "123 456" is the same code.
          api.account.reauthenticate.mutate({ factor: "totp", code: value.replace(/\s/g, "") });
    sent.then(onConfirmed, (error: unknown) => {
      const problem = problemOf(error);
      const wrongPassword = method === "password" && problem.reason === "INVALID_CREDENTIALS";
      setWrong(wrongPassword);
      onProblem(wrongPassword ? null : problem);
      setValue("");
      busy.current = false;
      setPending(false);
    });
  };

  return (
    <>
      <TextInput
        label={method === "password" ? TEXT.password.label : STEP_UP_TEXT.codeLabel}
        value={value}
        onChange={setValue}
        onSubmit={submit}
        focus={!pending}
        mask={method === "password"}
      />
      {wrong && <Text bold>{TEXT.password.wrong}</Text>}
    </>
  );
}
