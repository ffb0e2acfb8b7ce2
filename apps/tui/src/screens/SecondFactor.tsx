import { Box, Text, useApp, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { Me, SecondFactorKind } from "@twofold/client";
import type { Problem } from "@twofold/client";
import { Menu, type MenuItem } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { ACCOUNT_RECOVERY_TEXT } from "../lib/text-account-recovery";
import { settingsText } from "../lib/text-settings";
import { useAction } from "../lib/use-action";
import { PushWait } from "./PushWait";
import { SMSSignIn, type Phone } from "./SMSSignIn";

/**
 * What a terminal can do: typed codes and a push to a device (a security key needs a browser);
 * with a device, also the code it shows when a request cannot reach it (`device_code`).
 */
type TerminalMethod = Exclude<SecondFactorKind, "webauthn"> | "device_code";
const isTerminalMethod = (k: SecondFactorKind): k is Exclude<TerminalMethod, "device_code"> =>
  k !== "webauthn";
/** The methods offered, in the server's order; the device's offline code just after the push. */
const terminalMethods = (kinds: readonly SecondFactorKind[]): TerminalMethod[] =>
  kinds
    .filter(isTerminalMethod)
    .flatMap((k): TerminalMethod[] => (k === "push" ? ["push", "device_code"] : [k]));

/**
 * The second step: the preferred method first; Tab offers the others (and, once a text message
 * went out, the account's other numbers); Esc cancels.
 */
export function SecondFactor({ me }: { me: Me }): ReactNode {
  const { api, store, go, forget, resume, inputEnabled } = useTwofold();
  const { exit } = useApp();
  const T = settingsText().secondFactor;
  // A security key needs a web browser: the terminal offers the other methods.
  const options = terminalMethods(me.secondFactor?.factors ?? []);
  const preferred = me.secondFactor?.preferred;
  const [method, setMethod] = useState<TerminalMethod | null>(
    preferred && isTerminalMethod(preferred) ? preferred : (options[0] ?? null),
  );
  const [choosing, setChoosing] = useState(false);
  const [code, setCode] = useState("");
  const { run, pending, problem } = useAction();
  const [pushProblem, setPushProblem] = useState<Problem | null>(null);
  // Text messages: the number chosen (none: the one used last), and all of them once known.
  const [phoneId, setPhoneId] = useState<string | undefined>(undefined);
  const [phones, setPhones] = useState<Phone[]>([]);
  const canChoose = options.length > 1 || phones.length > 1;

  const cancel = (): void =>
    run(async () => {
      await api.auth.signOut.mutate().catch(() => undefined);
      forget();
    });
  useInput(
    (_input, key) => {
      if (key.escape) cancel();
      // The list always offers "I can't use any of my methods" too.
      else if (key.tab) setChoosing(true);
    },
    { isActive: inputEnabled && !choosing && method !== null },
  );
  // The list of methods: Esc goes back to the one in use, q quits (no field takes letters).
  useInput(
    (input, key) => {
      if (key.escape && method) setChoosing(false);
      else if (key.escape) cancel();
      else if (input === "q") exit();
    },
    { isActive: inputEnabled && (choosing || !method) },
  );

  const items: MenuItem<string>[] = options.flatMap((kind) =>
    kind === "sms" && phones.length > 1
      ? phones.map((p) => ({
          value: `sms:${p.phoneId}`,
          label: TEXT.secondFactor.smsTo(p.sentTo),
        }))
      : [
          {
            value: kind,
            label: kind === "device_code" ? T.deviceCode : TEXT.methods[kind],
          },
        ],
  );
  items.push({ value: "lostAll", label: ACCOUNT_RECOVERY_TEXT.lostAll });
  const choose = (value: string): void => {
    if (value === "lostAll")
      // This sign-in ends; the recovery's screens explain the rest.
      return run(async () => {
        await api.auth.signOut.mutate().catch(() => undefined);
        store.set(null);
        go({ name: "recover", email: me.user.email });
      });
    const number = phones.find((p) => `sms:${p.phoneId}` === value);
    // The number the last code went to is phones[0]: choosing it again sends nothing new.
    if (number && number !== phones[0]) setPhoneId(number.phoneId);
    const kind = number ? "sms" : options.find((k) => k === value);
    if (kind) setMethod(kind);
    setCode("");
    setChoosing(false);
  };

  const submit = (): void =>
    run(async () => {
      try {
        if (method === "totp" || method === "device_code") {
          const done =
            method === "totp"
              ? await api.auth.verifyTOTP.mutate({ code })
              : await api.auth.verifyDeviceCode.mutate({ code });
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

  const keys = [
    method === "push" ? null : TEXT.secondFactor.keys.verify,
    method === "sms" ? TEXT.secondFactor.keys.newCode : null,
    canChoose ? TEXT.secondFactor.keys.other : TEXT.secondFactor.keys.cantUse,
    TEXT.secondFactor.keys.cancel,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Screen
      title={TEXT.secondFactor.title}
      keys={choosing ? TEXT.keys.menu : keys}
      problem={problem ?? pushProblem}
    >
      <Text>{me.user.email}</Text>
      {(choosing || !method) && (
        <>
          <Text>{TEXT.secondFactor.choose}</Text>
          <Menu items={items} onChoose={choose} />
        </>
      )}
      {method === "sms" && (
        // Kept while choosing, so that coming back to the same number sends no other code.
        <Box display={choosing ? "none" : "flex"} flexDirection="column">
          <SMSSignIn
            key={phoneId ?? "last"}
            phoneId={phoneId}
            run={run}
            focus={!choosing && !pending}
            onPhones={setPhones}
          />
        </Box>
      )}
      {!choosing && method === "push" && (
        <>
          <PushWait key={method} onProblem={setPushProblem} />
          <Text dimColor>{T.pushHint}</Text>
        </>
      )}
      {!choosing && method === "device_code" && <Text dimColor>{T.deviceCodeHint}</Text>}
      {!choosing && (method === "totp" || method === "backup_code" || method === "device_code") && (
        <TextInput
          label={method === "device_code" ? T.deviceCodeLabel : TEXT.secondFactor[method]}
          value={code}
          onChange={setCode}
          onSubmit={submit}
          focus={!pending}
        />
      )}
    </Screen>
  );
}
