import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { Me, SecondFactorKind } from "@twofold/client";
import type { Problem } from "@twofold/client";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";
import { PushWait } from "./PushWait";

/** What a terminal can do: typed codes and a push to a device (a security key needs a browser). */
type TerminalMethod = Exclude<SecondFactorKind, "webauthn">;
const isTerminalMethod = (k: SecondFactorKind): k is TerminalMethod => k !== "webauthn";

/** The second step: the preferred method first; Tab offers the others; Esc cancels. */
export function SecondFactor({ me }: { me: Me }): ReactNode {
  const { api, store, forget, resume, inputEnabled } = useTwofold();
  // A security key needs a web browser: the terminal offers the other methods.
  const options = (me.secondFactor?.factors ?? []).filter(isTerminalMethod);
  const preferred = me.secondFactor?.preferred;
  const [method, setMethod] = useState<TerminalMethod | null>(
    preferred && isTerminalMethod(preferred) ? preferred : (options[0] ?? null),
  );
  const [choosing, setChoosing] = useState(false);
  const [code, setCode] = useState("");
  const { run, pending, problem } = useAction();
  const [pushProblem, setPushProblem] = useState<Problem | null>(null);

  const cancel = (): void =>
    run(async () => {
      await api.auth.signOut.mutate().catch(() => undefined);
      forget();
    });
  useInput(
    (_input, key) => {
      if (key.escape) cancel();
      else if (key.tab && options.length > 1) setChoosing(true);
    },
    { isActive: inputEnabled && !choosing },
  );

  const submit = (): void =>
    run(async () => {
      try {
        if (method === "totp") {
          const done = await api.auth.verifyTOTP.mutate({ code });
          if (done.token) store.set(done.token);
          await resume();
        } else {
          const done = await api.auth.verifyBackupCode.mutate({ code });
          if (done.token) store.set(done.token);
          await resume(TEXT.secondFactor.remaining(done.remaining));
        }
      } finally {
        setCode("");
      }
    });

  const keys = `${method === "push" ? "" : "Enter verify · "}${options.length > 1 ? "Tab another method · " : ""}Esc cancel and sign out`;
  return (
    <Screen
      title={TEXT.secondFactor.title}
      keys={choosing ? TEXT.keys.menu : keys}
      problem={problem ?? pushProblem}
    >
      <Text>{me.user.email}</Text>
      {choosing || !method ? (
        <>
          <Text>{TEXT.secondFactor.choose}</Text>
          <Menu
            items={options.map((kind) => ({ value: kind, label: TEXT.methods[kind] }))}
            onChoose={(kind) => {
              setMethod(kind);
              setCode("");
              setChoosing(false);
            }}
          />
        </>
      ) : method === "push" ? (
        <PushWait key={method} onProblem={setPushProblem} />
      ) : (
        <TextInput
          label={TEXT.secondFactor[method]}
          value={code}
          onChange={setCode}
          onSubmit={submit}
          focus={!pending}
        />
      )}
    </Screen>
  );
}
