import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { FactorView } from "@twofold/client";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { factorActions } from "../lib/factor-actions";
import { dateTime, TEXT } from "../lib/text";
import { settingsText } from "../lib/text-settings";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";

/** One method: make it the preferred one, rename it or remove it (asking first). */
export function Factor({ factor, last }: { factor: FactorView; last: boolean }): ReactNode {
  const { api, go, stepUp, inputEnabled } = useTwofold();
  const [mode, setMode] = useState<"menu" | "rename" | "remove">("menu");
  const [label, setLabel] = useState(factor.label);
  const { run, problem } = useAction();
  const T = settingsText().factor;
  // Preferred is a kind of method (every authenticator app, say): the status says which.
  const status = useLoad(() => api.twoFactor.status.query());
  const preferred = status.data?.preferred === factor.kind;
  const back = (): void => (mode === "menu" ? go({ name: "settings" }) : setMode("menu"));
  useInput((_input, key) => key.escape && back(), { isActive: inputEnabled });

  const actions = factorActions(api, factor.kind);
  const rename = (): void =>
    run(async () => {
      const input = { id: factor.id, label: label.trim() };
      const done = await stepUp(() => actions.rename(input));
      if (done) go({ name: "settings", notice: TEXT.factor.renamed(done.label) });
    });
  const prefer = (): void =>
    run(async () => {
      await api.twoFactor.setPreferred.mutate({ kind: factor.kind });
      go({ name: "settings", notice: T.preferredDone(factor.label) });
    });
  const remove = (): void =>
    run(async () => {
      const done = await stepUp(() => actions.remove({ id: factor.id }));
      if (done) go({ name: "settings", notice: `${factor.label} was removed.` });
    });

  return (
    <Screen
      title={factor.label}
      keys={mode === "rename" ? TEXT.keys.input : TEXT.keys.menu}
      problem={problem ?? status.problem}
    >
      <Text>
        {TEXT.methods[factor.kind]}
        {factor.phone && factor.phone !== factor.label ? ` · ${factor.phone}` : ""} ·{" "}
        {TEXT.settings.added} {dateTime(factor.createdAt)} · {TEXT.settings.lastUsed}{" "}
        {factor.lastUsedAt ? dateTime(factor.lastUsedAt) : TEXT.settings.never}
      </Text>
      {mode === "menu" && preferred && <Text>{T.isPreferred}</Text>}
      {/* Once the status is known, so that the lines do not move under the cursor. */}
      {mode === "menu" && (status.data || status.problem) && (
        <Menu
          items={[
            { value: "rename", label: TEXT.factor.rename },
            { value: "remove", label: TEXT.factor.remove },
            ...(status.data && !preferred
              ? [{ value: "prefer" as const, label: T.makePreferred }]
              : []),
            { value: "back", label: TEXT.factor.back },
          ]}
          onChoose={(v) => (v === "back" ? back() : v === "prefer" ? prefer() : setMode(v))}
        />
      )}
      {mode === "rename" && (
        <TextInput
          label={TEXT.factor.newName}
          value={label}
          onChange={setLabel}
          onSubmit={rename}
          focus
        />
      )}
      {mode === "remove" && (
        <>
          <Text>{TEXT.factor.removeConfirm(factor.label)}</Text>
          {last && <Text>{TEXT.factor.removeLast}</Text>}
          <Menu
            items={[
              { value: "no", label: TEXT.factor.no },
              { value: "yes", label: TEXT.factor.yes },
            ]}
            onChoose={(v) => (v === "yes" ? remove() : setMode("menu"))}
          />
        </>
      )}
    </Screen>
  );
}
