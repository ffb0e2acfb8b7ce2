import { Text, useApp, useInput } from "ink";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";

/** Security keys are added where WebAuthn runs: this screen says where, and how. */
export function AddSecurityKey(): ReactNode {
  const { go, server, inputEnabled } = useTwofold();
  const { exit } = useApp();
  useInput(
    (input, key) => {
      if (key.escape || key.return) go({ name: "settings" });
      else if (input === "q") exit();
    },
    { isActive: inputEnabled },
  );
  return (
    <Screen title={TEXT.securityKey.title} keys={TEXT.keys.back}>
      <Text>{TEXT.securityKey.text(server.replace("//127.0.0.1:", "//localhost:"))}</Text>
    </Screen>
  );
}
