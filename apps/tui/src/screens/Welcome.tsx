import { useApp, useInput } from "ink";
import type { ReactNode } from "react";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { ACCOUNT_RECOVERY_TEXT } from "../lib/text-account-recovery";

export function Welcome(): ReactNode {
  const { go, server } = useTwofold();
  const { exit } = useApp();
  useInput((input) => {
    if (input === "q") exit();
  });
  return (
    <Screen title={TEXT.welcome.title} keys={TEXT.keys.top}>
      <Menu
        items={[
          { value: "signIn", label: TEXT.welcome.signIn, detail: server },
          { value: "signUp", label: TEXT.welcome.signUp },
          { value: "recover", label: ACCOUNT_RECOVERY_TEXT.lostAll },
          { value: "quit", label: TEXT.welcome.quit },
        ]}
        onChoose={(v) => (v === "quit" ? exit() : go({ name: v }))}
      />
    </Screen>
  );
}
