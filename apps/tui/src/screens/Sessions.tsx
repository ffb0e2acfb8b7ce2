import { Text, useApp, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import type { Outputs } from "@twofold/client";
import { Menu } from "../components/Menu";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { dateTime, day, TEXT } from "../lib/text";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";
import { useTerminalSize } from "../lib/use-size";

type Session = Outputs["sessions"]["list"][number];
type TrustedBrowser = Outputs["trustedBrowsers"]["list"][number];
type Ask =
  | { name: "end"; session: Session }
  | { name: "endOthers" }
  | { name: "untrust"; browser: TrustedBrowser };

const T = TEXT.sessions;

const where = (s: { browser: string | null; os: string | null }): string => T.on(s.browser, s.os);

/** Each session (this one marked) to end, all others to end; the trusted browsers to revoke. */
export function Sessions(): ReactNode {
  const { api, go, forget, inputEnabled } = useTwofold();
  const theme = useTheme();
  const { exit } = useApp();
  const { rows } = useTerminalSize();
  const sessions = useLoad(() => api.sessions.list.query());
  const trusted = useLoad(() => api.trustedBrowsers.list.query());
  const [focus, setFocus] = useState<"sessions" | "trusted">("sessions");
  const [ask, setAsk] = useState<Ask | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  // This terminal first, then the others as the server orders them (most recently seen first).
  const list = [...(sessions.data ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  const browsers = trusted.data ?? [];

  useInput(
    (input, key) => {
      if (key.escape) return ask ? setAsk(null) : go({ name: "settings" });
      if (ask) return;
      if (input === "q") exit();
      else if (input === "o") setAsk({ name: "endOthers" });
      else if (key.tab && browsers.length > 0)
        setFocus((f) => (f === "sessions" ? "trusted" : "sessions"));
    },
    { isActive: inputEnabled },
  );

  /** Asks the server; whatever it answers, the lists are read again (one may be gone already). */
  const confirmed = (a: Ask): void =>
    action.run(async () => {
      setNotice(null);
      try {
        setNotice(await perform(a));
      } finally {
        setAsk(null);
        sessions.reload();
        trusted.reload();
      }
    });
  const perform = async (a: Ask): Promise<string> => {
    if (a.name === "end") {
      const { signedOut } = await api.sessions.revoke.mutate({ id: a.session.id });
      // This terminal's own session: its token no longer works; forget it.
      if (signedOut) forget();
      return T.ended;
    }
    if (a.name === "endOthers") {
      const { ended } = await api.sessions.revokeOthers.mutate();
      return T.endedOthers(ended);
    }
    await api.trustedBrowsers.revoke.mutate({ id: a.browser.id });
    if (browsers.length === 1) setFocus("sessions");
    return T.revoked(where(a.browser));
  };

  if (ask) {
    const text =
      ask.name === "end"
        ? ask.session.current
          ? T.endThisConfirm
          : T.endConfirm(where(ask.session))
        : ask.name === "endOthers"
          ? T.endOthersConfirm
          : T.revokeConfirm(where(ask.browser));
    const yes = { end: T.yesEnd, endOthers: T.yesEndAll, untrust: T.yesRevoke }[ask.name];
    return (
      <Screen title={T.title} keys={TEXT.keys.menu} problem={action.problem}>
        <Text>{text}</Text>
        <Menu
          items={[
            { value: "no", label: T.no },
            { value: "yes", label: yes },
          ]}
          onChoose={(v) => (v === "yes" ? confirmed(ask) : setAsk(null))}
        />
      </Screen>
    );
  }

  // Title, intro, trusted heading, notice, keys, blank lines and the last row: 9 rows; each
  // session or browser takes 2. Trusted browsers get a third of the room at most.
  const room = Math.max(3, Math.floor((rows - 9 - (action.problem ? 2 : 0)) / 2));
  const trustedRoom =
    browsers.length <= 1 ? 1 : Math.min(browsers.length, Math.max(2, Math.floor(room / 3)));
  return (
    <Screen
      title={T.title}
      keys={
        focus === "trusted"
          ? TEXT.keys.trusted
          : browsers.length > 0
            ? TEXT.keys.sessions
            : TEXT.keys.sessionsOnly
      }
      problem={action.problem ?? sessions.problem ?? trusted.problem}
      notice={notice}
    >
      <Text dimColor={theme.dim}>{T.intro}</Text>
      <Menu
        key={`s${list.length}`}
        focus={focus === "sessions"}
        maxItems={Math.max(2, room - trustedRoom)}
        items={list.map((s) => ({
          value: s.id,
          label: [where(s), T.address(s.ip, s.place), s.current && T.here]
            .filter(Boolean)
            .join(" · "),
          note: [
            T.times(dateTime(s.createdAt), dateTime(s.lastSeenAt)),
            s.apps.length > 0 && T.apps(s.apps.map((a) => a.name)),
          ]
            .filter(Boolean)
            .join(" · "),
        }))}
        onChoose={(id) => {
          const session = list.find((s) => s.id === id);
          if (session) setAsk({ name: "end", session });
        }}
      />
      <Text> </Text>
      <Text>{T.trusted}</Text>
      {trusted.data && browsers.length === 0 ? (
        <Text dimColor={theme.dim}>{T.noTrusted}</Text>
      ) : (
        <Menu
          key={`t${browsers.length}`}
          focus={focus === "trusted"}
          maxItems={trustedRoom}
          items={browsers.map((b) => ({
            value: b.id,
            label: `${where(b)} · ${b.ip}`,
            note: T.trustedTimes(day(b.createdAt), dateTime(b.lastUsedAt), day(b.expiresAt)),
          }))}
          onChoose={(id) => {
            const browser = browsers.find((b) => b.id === id);
            if (browser) setAsk({ name: "untrust", browser });
          }}
        />
      )}
    </Screen>
  );
}
