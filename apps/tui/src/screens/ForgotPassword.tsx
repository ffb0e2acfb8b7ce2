import { Box, Text } from "ink";
import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import type { Me } from "@twofold/client";
import { Form } from "../components/Form";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { AppContext, useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { RESET_TEXT, resetTokenOf } from "../lib/text-reset";
import { useAction } from "../lib/use-action";
import { SecondFactor } from "./SecondFactor";

type Stage =
  | { at: "address" }
  | { at: "link" }
  | { at: "factor"; me: Me; token: string }
  | { at: "password"; token: string }
  | { at: "done" };

/**
 * "Forgot password": the address (one answer whatever it is), the link pasted from the email,
 * the second step when two-step is on (the sign-in's own screen), then the new password twice.
 * Nobody is signed in at the end: every session ended.
 */
export function ForgotPassword(): ReactNode {
  const context = useTwofold();
  const { api, store, go } = context;
  const [stage, setStage] = useState<Stage>({ at: "address" });
  const [email, setEmail] = useState("");
  const [link, setLink] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const { run, pending, problem } = useAction();

  const ask = (): void =>
    run(async () => {
      await api.recovery.requestPasswordReset.mutate({ email: email.trim() });
      setStage({ at: "link" });
    });
  const follow = (): void =>
    run(async () => {
      const token = resetTokenOf(link);
      const begun = await api.recovery.beginPasswordReset.mutate({ token, tokenInBody: true });
      if (begun.status === "choose_password") return setStage({ at: "password", token });
      // The reset's session: it waits for the second factor, then only sets the password.
      store.set(begun.token ?? null);
      setStage({ at: "factor", me: await api.auth.me.query(), token });
    });
  const complete = (token: string): void =>
    run(async () => {
      if (password !== repeat) return setMismatch(true);
      setMismatch(false);
      try {
        await api.recovery.completePasswordReset.mutate({ token, password });
        store.set(null);
        setStage({ at: "done" });
      } finally {
        setPassword("");
        setRepeat("");
      }
    });

  // The second step's screen calls `resume` once it passed: here that leads to the password.
  const factorContext = useMemo(
    () =>
      stage.at === "factor"
        ? { ...context, resume: async () => setStage({ at: "password", token: stage.token }) }
        : context,
    [context, stage],
  );

  if (stage.at === "factor") {
    return (
      <AppContext.Provider value={factorContext}>
        <Text>{RESET_TEXT.factor}</Text>
        <SecondFactor me={stage.me} />
      </AppContext.Provider>
    );
  }
  if (stage.at === "done") {
    return (
      <Screen title={RESET_TEXT.doneTitle} keys={TEXT.keys.menu}>
        <Text>{RESET_TEXT.done}</Text>
        <Menu
          items={[{ value: "signIn", label: RESET_TEXT.signIn }]}
          onChoose={() => go({ name: "signIn" })}
        />
      </Screen>
    );
  }
  const title = stage.at === "password" ? RESET_TEXT.passwordTitle : RESET_TEXT.title;
  return (
    <Screen title={title} keys={TEXT.keys.form} problem={problem}>
      {stage.at === "address" && (
        <Box flexDirection="column">
          <Text>{RESET_TEXT.intro}</Text>
          <Form
            fields={[{ label: RESET_TEXT.email, value: email, onChange: setEmail }]}
            onSubmit={ask}
            onBack={() => go({ name: "signIn" })}
          />
        </Box>
      )}
      {stage.at === "link" && (
        <Box flexDirection="column">
          <Text>{RESET_TEXT.sent}</Text>
          <Text>{RESET_TEXT.linkHint}</Text>
          <Form
            fields={[{ label: RESET_TEXT.link, value: link, onChange: setLink }]}
            onSubmit={follow}
            onBack={() => go({ name: "signIn" })}
          />
        </Box>
      )}
      {stage.at === "password" && (
        <Box flexDirection="column">
          <Form
            fields={[
              {
                label: RESET_TEXT.password,
                value: password,
                onChange: setPassword,
                mask: true,
              },
              { label: RESET_TEXT.repeat, value: repeat, onChange: setRepeat, mask: true },
            ]}
            onSubmit={() => complete(stage.token)}
            onBack={() => go({ name: "signIn" })}
          />
          {mismatch && <Text color="red">{RESET_TEXT.mismatch}</Text>}
        </Box>
      )}
      {pending && <Text>…</Text>}
    </Screen>
  );
}
