import { Text, useApp, useInput, useStdout } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { dateTime, TEXT } from "../lib/text";
import { useLoad } from "../lib/use-load";

const label = (type: string): string => type.replace(/_/g, " ");

/** The account's security events, newest first, scrolled with ↑↓/j/k. */
export function SecurityLog(): ReactNode {
  const { api, go, inputEnabled } = useTwofold();
  const { exit } = useApp();
  const theme = useTheme();
  const { stdout } = useStdout();
  const log = useLoad(() => api.securityLog.list.query());
  const [top, setTop] = useState(0);
  const events = log.data?.events ?? [];
  const visible = Math.max(3, (stdout.rows || 24) - 6);
  useInput(
    (input, key) => {
      if (key.escape) go({ name: "settings" });
      else if (input === "q") exit();
      else if (key.downArrow || input === "j")
        setTop((t) => Math.min(t + 1, Math.max(events.length - visible, 0)));
      else if (key.upArrow || input === "k") setTop((t) => Math.max(t - 1, 0));
    },
    { isActive: inputEnabled },
  );
  return (
    <Screen title={TEXT.log.title} keys={TEXT.keys.scroll} problem={log.problem}>
      {log.data && events.length === 0 && <Text>{TEXT.log.empty}</Text>}
      {events.slice(top, top + visible).map((e) => (
        <Text key={e.id} wrap="truncate-end">
          <Text dimColor={theme.dim}>{dateTime(e.createdAt)}</Text> {label(e.type)}{" "}
          <Text dimColor={theme.dim}>
            {e.ip} {e.userAgent}
          </Text>
        </Text>
      ))}
      {top + visible < events.length && <Text dimColor={theme.dim}>… {TEXT.log.more}</Text>}
    </Screen>
  );
}
