import { useEffect, useState } from "react";
import { problemOf, type ApiClient, type Problem } from "@twofold/client";

type StepUpMethod = Awaited<
  ReturnType<ApiClient["account"]["stepUpMethods"]["query"]>
>["methods"][number];

/** What a terminal can confirm with: a security key or a passkey needs a web browser. */
export type TerminalStepUp = Exclude<StepUpMethod, "webauthn">;

/**
 * What the step-up screen offers: the person's methods that work here, in the server's order
 * (their preferred first); or, with none, whether they have keys the web takes.
 */
export type StepUpChoices =
  { kind: "methods"; methods: TerminalStepUp[] } | { kind: "onlyKeys" } | { kind: "none" };

const inTerminal = (m: StepUpMethod): m is TerminalStepUp => m !== "webauthn";

/** The server's list of strong methods, as the terminal can offer them. */
export function terminalChoices(methods: readonly StepUpMethod[]): StepUpChoices {
  const usable = methods.filter(inTerminal);
  if (usable.length > 0) return { kind: "methods", methods: usable };
  return methods.includes("webauthn") ? { kind: "onlyKeys" } : { kind: "none" };
}

/** The choices, once the server named the person's methods (null meanwhile, or on a failure). */
export function useStepUpChoices(api: ApiClient): {
  choices: StepUpChoices | null;
  problem: Problem | null;
} {
  const [choices, setChoices] = useState<StepUpChoices | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    let gone = false;
    api.account.stepUpMethods.query().then(
      ({ methods }) => !gone && setChoices(terminalChoices(methods)),
      (error: unknown) => !gone && setProblem(problemOf(error)),
    );
    return () => {
      gone = true;
    };
  }, [api]);
  return { choices, problem };
}
