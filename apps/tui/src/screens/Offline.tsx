import { Text, useApp, useInput } from "ink";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";

/** The server did not answer: say so plainly and offer to try again. */
export function Offline(): ReactNode {
  const { server, resume } = useTwofold();
  const { exit } = useApp();
  useInput((input) => {
    if (input === "r") void resume();
    else if (input === "q") exit();
  });
  return (
    <Screen title={TEXT.offline(server)} keys={TEXT.keys.offline}>
      <Text>{TEXT.offline(server)}</Text>
      <Text>{TEXT.offlineHint}</Text>
    </Screen>
  );
}
