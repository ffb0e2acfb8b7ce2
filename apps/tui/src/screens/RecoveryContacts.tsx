import { Text, useApp, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Menu, type MenuItem } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { clockTime, TEXT } from "../lib/text";
import { RECOVERY_TEXT as R } from "../lib/text-recovery";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";

type Kind = "address" | "phone";
type Step = { name: "menu" } | { name: "enter"; kind: Kind } | { name: "code"; kind: Kind };

/**
 * Like the web page: the recovery address and mobile, masked; a new one typed, then confirmed
 * by the code sent to it (the one in force stays until then); or removed. Changes ask for the
 * password when the last one is not recent.
 */
export function RecoveryContacts(): ReactNode {
  const { api, go, stepUp, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { exit } = useApp();
  const view = useLoad(() => api.recovery.contacts.query());
  const { run, pending, problem, setProblem } = useAction();
  const [step, setStep] = useState<Step>({ name: "menu" });
  const [value, setValue] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useInput(
    (input, key) => {
      if (step.name === "menu" && input === "q") return exit();
      if (!key.escape) return;
      setProblem(null);
      if (step.name === "menu") go({ name: "settings" });
      else setStep({ name: "menu" });
    },
    { isActive: inputEnabled },
  );

  const done = (message: string): void => {
    setNotice(message);
    setStep({ name: "menu" });
    view.reload();
  };

  const begin = (kind: Kind): void =>
    run(async () => {
      const typed = value.trim();
      const started = await stepUp(() =>
        kind === "address"
          ? api.recovery.setAddress.mutate({ email: typed })
          : api.recovery.setPhone.mutate({ phone: typed }),
      );
      if (!started) return;
      setSent(R.sentTo(started.sentTo, clockTime(started.expiresAt)));
      setValue("");
      setStep({ name: "code", kind });
      view.reload();
    });

  const confirm = (kind: Kind): void =>
    run(async () => {
      const code = value.trim();
      setValue("");
      if (kind === "address") {
        const ok = await stepUp(() => api.recovery.confirmAddress.mutate({ code }));
        if (ok) done(R.addressSaved(ok.address));
      } else {
        const ok = await stepUp(() => api.recovery.confirmPhone.mutate({ code }));
        if (ok) done(R.phoneSaved(ok.phone));
      }
    });

  const remove = (kind: Kind): void =>
    run(async () => {
      const removed = await stepUp(
        () =>
          kind === "address"
            ? api.recovery.removeAddress.mutate()
            : api.recovery.removePhone.mutate(),
        { askFirst: kind === "address" ? R.removeAddressText : R.removePhoneText },
      );
      if (removed) done(kind === "address" ? R.addressRemoved : R.phoneRemoved);
    });

  const v = view.data;
  const items: MenuItem<string>[] = v
    ? [
        { value: "enter:address", label: v.address ? R.changeAddress : R.setAddress },
        ...(v.pendingAddress
          ? [{ value: "code:address", label: R.typeCode(v.pendingAddress) }]
          : []),
        ...(v.address ? [{ value: "remove:address", label: R.removeAddress }] : []),
        { value: "enter:phone", label: v.phone ? R.changePhone : R.setPhone },
        ...(v.pendingPhone ? [{ value: "code:phone", label: R.typeCode(v.pendingPhone) }] : []),
        ...(v.phone ? [{ value: "remove:phone", label: R.removePhone }] : []),
        { value: "back", label: R.back },
      ]
    : [];

  const choose = (choice: string): void => {
    const [action = "", which = ""] = choice.split(":");
    const kind: Kind = which === "phone" ? "phone" : "address";
    setProblem(null);
    setNotice(null);
    if (action === "back") go({ name: "settings" });
    else if (action === "remove") remove(kind);
    else {
      setValue("");
      setSent(null);
      setStep(action === "code" ? { name: "code", kind } : { name: "enter", kind });
    }
  };

  const keys = step.name === "menu" ? TEXT.keys.menu : TEXT.keys.input;
  return (
    <Screen title={R.title} keys={keys} problem={problem ?? view.problem} notice={notice}>
      {step.name === "menu" && (
        <>
          <Text dimColor={theme.dim}>{R.intro}</Text>
          {v ? (
            <>
              <Text>{R.address(v.address)}</Text>
              {v.pendingAddress && <Text dimColor={theme.dim}>{R.waiting(v.pendingAddress)}</Text>}
              <Text>{R.phone(v.phone)}</Text>
              {v.pendingPhone && <Text dimColor={theme.dim}>{R.waiting(v.pendingPhone)}</Text>}
              <Menu key={items.length} items={items} onChoose={choose} />
            </>
          ) : (
            <Text>…</Text>
          )}
        </>
      )}
      {step.name === "enter" && (
        <>
          <Text>{step.kind === "address" ? R.emailHint : R.phoneHint}</Text>
          <TextInput
            label={step.kind === "address" ? R.emailLabel : R.phoneLabel}
            value={value}
            onChange={setValue}
            onSubmit={() => begin(step.kind)}
            focus={!pending}
          />
        </>
      )}
      {step.name === "code" && (
        <>
          {sent && <Text>{sent}</Text>}
          <TextInput
            label={R.codeLabel}
            value={value}
            onChange={setValue}
            onSubmit={() => confirm(step.kind)}
            focus={!pending}
          />
        </>
      )}
    </Screen>
  );
}
