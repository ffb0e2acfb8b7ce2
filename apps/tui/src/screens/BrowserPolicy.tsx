import { Text, useInput } from "ink";
import type { ReactNode } from "react";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { TEXT, type BrowserPolicy as Policy } from "../lib/text";
import { useAction } from "../lib/use-action";

const T = TEXT.browserPolicy;
const POLICIES: readonly Policy[] = ["session_only", "remember"];
const NOTES: Record<Policy, string> = {
  session_only: T.session_onlyNote,
  remember: T.rememberNote,
};

/** "Authenticate at each browser launch" or stay signed in: what each means; from the next sign-in. */
export function BrowserPolicy({ policy }: { policy: Policy }): ReactNode {
  const { api, go, stepUp, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { run, problem } = useAction();
  useInput((_input, key) => key.escape && go({ name: "settings" }), { isActive: inputEnabled });

  const choose = (next: Policy): void =>
    run(async () => {
      if (next === policy) return go({ name: "settings" });
      const done = await stepUp(() => api.account.setBrowserPolicy.mutate({ policy: next }));
      if (done) go({ name: "settings", notice: T.saved(T[done.policy]) });
    });

  return (
    <Screen title={T.title} keys={TEXT.keys.menu} problem={problem}>
      <Text>{T.intro}</Text>
      <Menu
        initial={POLICIES.indexOf(policy)}
        items={POLICIES.map((p) => ({
          value: p,
          label: `${T[p]}${p === policy ? T.current : ""}`,
          note: NOTES[p],
        }))}
        onChoose={choose}
      />
      <Text dimColor={theme.dim}>{T.terminal}</Text>
    </Screen>
  );
}
