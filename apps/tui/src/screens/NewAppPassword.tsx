import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Checklist } from "../components/Checklist";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { day, TEXT, type AppPasswordScope } from "../lib/text";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";
import { AppPasswordShown, type CreatedAppPassword } from "./AppPasswordShown";

const T = TEXT.newAppPassword;

type Step = "name" | "scopes" | "expiry";
type Expiry = keyof typeof T.expiries;

const SCOPES: readonly AppPasswordScope[] = ["mail", "calendar", "files"];
const EXPIRIES: readonly Expiry[] = ["never", "d30", "d90", "y1"];
const NAME_MAX = 64;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS: Record<Expiry, number | null> = { never: null, d30: 30, d90: 90, y1: 365 };

/** When an expiry chosen now ends, or undefined for none. */
function expiryDate(expiry: Expiry, now: Date): string | undefined {
  const days = DAYS[expiry];
  return days === null ? undefined : new Date(now.getTime() + days * DAY_MS).toISOString();
}

/** Name it, choose what it opens and when it stops working; then it is shown once. */
export function NewAppPassword(): ReactNode {
  const { api, go, stepUp, inputEnabled } = useTwofold();
  const theme = useTheme();
  const [step, setStep] = useState<Step>("name");
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<AppPasswordScope[]>([]);
  const [hint, setHint] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedAppPassword | null>(null);
  const { run, pending, problem } = useAction();
  const me = useLoad(() => api.auth.me.query());

  useInput(
    (_input, key) => {
      if (!key.escape) return;
      setHint(null);
      if (step === "name") go({ name: "appPasswords" });
      else setStep(step === "expiry" ? "scopes" : "name");
    },
    { isActive: inputEnabled && !created },
  );

  const submitName = (): void => {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > NAME_MAX) return setHint(T.nameMissing);
    setHint(null);
    setStep("scopes");
  };
  const submitScopes = (): void => {
    if (scopes.length === 0) return setHint(T.scopesMissing);
    setHint(null);
    setStep("expiry");
  };
  const create = (expiry: Expiry): void =>
    run(async () => {
      const expiresAt = expiryDate(expiry, new Date());
      const input = { name: name.trim(), scopes, ...(expiresAt && { expiresAt }) };
      const done = await stepUp(() => api.appPasswords.create.mutate(input));
      if (done) setCreated(done);
    });

  if (created) return <AppPasswordShown created={created} email={me.data?.user.email ?? null} />;

  const now = new Date();
  const keys = { name: TEXT.keys.input, scopes: TEXT.keys.scopes, expiry: TEXT.keys.menu }[step];
  return (
    <Screen title={T.title} keys={keys} problem={problem} notice={null}>
      {step === "name" && (
        <>
          <Text dimColor={theme.dim}>{T.nameHint}</Text>
          <TextInput label={T.name} value={name} onChange={setName} onSubmit={submitName} focus />
        </>
      )}
      {step === "scopes" && (
        <>
          <Text>{T.scopes}</Text>
          <Checklist
            items={SCOPES.map((s) => ({
              value: s,
              label: TEXT.appPasswords.scopes[s],
              detail: TEXT.appPasswords.protocols[s],
            }))}
            checked={scopes}
            onChange={setScopes}
            onSubmit={submitScopes}
          />
        </>
      )}
      {step === "expiry" && (
        <>
          <Text>{T.expiry}</Text>
          <Menu
            focus={!pending}
            items={EXPIRIES.map((e) => {
              const until = expiryDate(e, now);
              return {
                value: e,
                label: T.expiries[e],
                ...(until && { detail: T.until(day(until)) }),
              };
            })}
            onChoose={create}
          />
        </>
      )}
      {hint && <Text color={theme.warn}>{hint}</Text>}
    </Screen>
  );
}
