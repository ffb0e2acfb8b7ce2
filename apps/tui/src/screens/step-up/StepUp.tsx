import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { Problem } from "@twofold/client";
import { Menu } from "../../components/Menu";
import { Screen } from "../../components/Screen";
import { useTwofold } from "../../lib/context";
import { TEXT } from "../../lib/text";
import { STEP_UP_TEXT } from "../../lib/text-step-up";
import { useStepUpChoices, type TerminalStepUp } from "./methods";
import { PushStep } from "./PushStep";
import { SecretStep } from "./SecretStep";

/** The keys that work now, as one line. */
function keysLine(options: {
  method: TerminalStepUp | null;
  choosing: boolean;
  canChoose: boolean;
  pushEnded: boolean;
}): string {
  const K = STEP_UP_TEXT.keys;
  const { method, canChoose } = options;
  const first = options.choosing
    ? [K.move, K.choose]
    : [
        method === "push" ? (options.pushEnded ? K.again : null) : method && K.confirm,
        canChoose ? K.other : null,
      ];
  return [...first, K.back, K.quit].filter(Boolean).join(" · ");
}

/**
 * Step-up ("Confirm it is you") before a security change: the person's own strong methods
 * that work in a terminal, their preferred first: the password, the OTP app's code, the
 * authenticator device. Security keys and passkeys need a web browser, so they are not
 * offered; with nothing else, the screen says to use the web. Tab offers the other methods,
 * Esc gives up (or, in the list, goes back to the method in use).
 */
export function StepUp({
  text,
  onDone,
}: {
  text: string;
  onDone: (confirmed: boolean) => void;
}): ReactNode {
  const { api, server } = useTwofold();
  const T = STEP_UP_TEXT;
  const { choices, problem: loadProblem } = useStepUpChoices(api);
  const methods = choices?.kind === "methods" ? choices.methods : [];
  const [chosen, setChosen] = useState<TerminalStepUp | null>(null);
  const method = chosen ?? methods[0] ?? null;
  const canChoose = methods.length > 1;
  const [choosing, setChoosing] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Each round of the device's step is a new request.
  const [round, setRound] = useState(0);
  const [pushEnded, setPushEnded] = useState(false);

  const choose = (next: TerminalStepUp): void => {
    setChosen(next);
    setChoosing(false);
    setProblem(null);
    setPushEnded(false);
    setRound((r) => r + 1);
  };
  useInput((_input, key) => {
    if (key.escape && choosing && method) choose(method);
    else if (key.escape) onDone(false);
    else if (key.tab && canChoose && !choosing) setChoosing(true);
  });

  const confirmed = (): void => onDone(true);
  const items = methods.map((m) => ({ value: m, label: T.methods[m] }));
  const keys = keysLine({ method, choosing, canChoose, pushEnded });
  // The screen shows once its methods are known, so what is typed then reaches the field.
  if (!choices && !loadProblem) return <Text dimColor>{T.loading}</Text>;
  return (
    <Screen title={TEXT.password.title} keys={keys} problem={problem ?? loadProblem}>
      <Text>{text}</Text>
      {choices?.kind === "onlyKeys" && <Text bold>{T.onlyKeys(server)}</Text>}
      {choices?.kind === "none" && <Text bold>{T.noMethod(server)}</Text>}
      {choosing && (
        <>
          <Text>{T.choose}</Text>
          <Menu items={items} onChoose={choose} initial={method ? methods.indexOf(method) : 0} />
        </>
      )}
      {!choosing && (method === "password" || method === "totp") && (
        <SecretStep
          key={`${method}-${round}`}
          method={method}
          onConfirmed={confirmed}
          onProblem={setProblem}
        />
      )}
      {!choosing && method === "push" && (
        <PushStep
          key={round}
          onConfirmed={confirmed}
          onProblem={setProblem}
          onEnded={() => setPushEnded(true)}
          onAgain={() => choose("push")}
        />
      )}
    </Screen>
  );
}
