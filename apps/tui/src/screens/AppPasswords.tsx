import { Text, useApp, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { Outputs } from "@twofold/client";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { dateTime, day, scopesInWords, TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";
import { useTerminalSize } from "../lib/use-size";

type AppPassword = Outputs["appPasswords"]["list"][number];
type Mode = { name: "list" } | { name: "revoke"; item: AppPassword } | { name: "revokeAll" };

const T = TEXT.appPasswords;

/** "created 3 Mar 2025 · expires 2 Apr 2025 · last used 4 Mar 2025, 09:12 from 203.0.113.5 with Thunderbird". */
function about(p: AppPassword, now: Date): string {
  const expiry =
    p.expiresAt && new Date(p.expiresAt) <= now
      ? T.expired(day(p.expiresAt))
      : T.expires(p.expiresAt && day(p.expiresAt));
  const used = p.lastUsedAt
    ? T.lastUsed(dateTime(p.lastUsedAt), p.lastUsedIp, p.lastUsedClient)
    : T.neverUsed;
  return [T.created(day(p.createdAt)), expiry, used].join(" · ");
}

/** Why they exist, each one (what it opens, when made, expires, last used), new, revoke. */
export function AppPasswords({ notice }: { notice?: string }): ReactNode {
  const { api, go, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { exit } = useApp();
  const { rows } = useTerminalSize();
  const list = useLoad(() => api.appPasswords.list.query());
  const [mode, setMode] = useState<Mode>({ name: "list" });
  const [done, setDone] = useState<string | null>(notice ?? null);
  const action = useAction();
  const items = list.data ?? [];

  useInput(
    (input, key) => {
      if (key.escape)
        return mode.name === "list" ? go({ name: "settings" }) : setMode({ name: "list" });
      if (mode.name !== "list") return;
      if (input === "q") exit();
      else if (input === "n") go({ name: "newAppPassword" });
      else if (input === "a" && items.length > 0) setMode({ name: "revokeAll" });
    },
    { isActive: inputEnabled },
  );

  /** Asks the server; whatever it answers, the list is read again (one may be gone already). */
  const revoke = (ask: Exclude<Mode, { name: "list" }>): void =>
    action.run(async () => {
      setDone(null);
      try {
        if (ask.name === "revoke") {
          await api.appPasswords.revoke.mutate({ id: ask.item.id });
          setDone(T.revoked(ask.item.name));
        } else {
          const { revoked } = await api.appPasswords.revokeAll.mutate();
          setDone(T.revokedAll(revoked));
        }
      } finally {
        setMode({ name: "list" });
        list.reload();
      }
    });

  const now = new Date();
  // Title, 3 lines of why and the blank lines, a notice, the keys, the last row: 10 rows.
  const fit = Math.max(2, Math.floor((rows - 10 - (action.problem ? 2 : 0)) / 2));
  return (
    <Screen
      title={T.title}
      keys={mode.name === "list" ? TEXT.keys.appPasswords : TEXT.keys.menu}
      problem={action.problem ?? list.problem}
      notice={mode.name === "list" ? done : null}
    >
      {T.why.map((line) => (
        <Text key={line} dimColor={theme.dim}>
          {line}
        </Text>
      ))}
      <Text> </Text>
      {mode.name === "list" &&
        (list.data && items.length === 0 ? (
          <Text>{T.none}</Text>
        ) : (
          <Menu
            key={items.length}
            items={items.map((p) => ({
              value: p.id,
              label: `${p.name} · ${scopesInWords(p.scopes)}`,
              note: about(p, now),
            }))}
            maxItems={fit}
            onChoose={(id) => {
              const item = items.find((p) => p.id === id);
              if (item) setMode({ name: "revoke", item });
            }}
          />
        ))}
      {mode.name !== "list" && (
        <>
          <Text>
            {mode.name === "revoke"
              ? T.revokeConfirm(mode.item.name)
              : T.revokeAllConfirm(items.length)}
          </Text>
          <Menu
            items={[
              { value: "no", label: T.no },
              { value: "yes", label: T.yes },
            ]}
            onChoose={(v) => (v === "yes" ? revoke(mode) : setMode({ name: "list" }))}
          />
        </>
      )}
    </Screen>
  );
}
