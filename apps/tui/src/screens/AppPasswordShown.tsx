import { homedir } from "node:os";
import { join } from "node:path";
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import type { Outputs } from "@twofold/client";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { day, scopesInWords, TEXT } from "../lib/text";
import { CLI_TEXT } from "../lib/text-cli";
import { serverLine, SYNC_TEXT } from "../lib/text-sync";
import { useAskBeforeLeaving } from "../lib/use-ask-before-leaving";
import { useLoad } from "../lib/use-load";
import { useSaveFile } from "../lib/use-save-file";

export type CreatedAppPassword = Outputs["appPasswords"]["create"];

const T = TEXT.newAppPassword;

/**
 * Shown once: the password, how to use it (the email as user name) and where (the operator's
 * servers of its scopes, none when unset), `s` to save it to a file
 * (0600). Enter leaves, and the password is gone with this screen: Ctrl+C, q and Esc ask first.
 */
export function AppPasswordShown({
  created,
  email,
}: {
  created: CreatedAppPassword;
  /** The user name to type in the app; null while it loads. */
  email: string | null;
}): ReactNode {
  const { api, go, inputEnabled } = useTwofold();
  const configured = useLoad(() => api.appPasswords.servers.query());
  const servers = (configured.data?.servers ?? []).filter((server) =>
    created.scopes.includes(server.scope),
  );
  const theme = useTheme();
  const once = CLI_TEXT[currentLocale()].shownOnce;
  const file = useSaveFile(join(homedir(), "twofold-app-password.txt"));
  const done = (): void => go({ name: "appPasswords", notice: T.added(created.name) });
  const { asking } = useAskBeforeLeaving({ leave: done, isActive: inputEnabled && !file.saving });
  const keysOn = inputEnabled && asking === null;
  useInput(
    (input, key) => {
      if (input === "s") file.open();
      else if (key.return) done();
    },
    { isActive: keysOn && !file.saving },
  );
  useInput((_input, key) => key.escape && file.cancel(), { isActive: keysOn && file.saving });
  const question =
    asking === null ? null : asking === "leave" ? once.leavePassword : once.quitPassword;
  const save = (): void => {
    const made = day(new Date().toISOString());
    if (email) file.save(T.fileText(created.name, email, created.password, made));
  };

  const expiry = TEXT.appPasswords.expires(created.expiresAt && day(created.expiresAt));
  return (
    <Screen
      title={T.shownTitle}
      keys={question ? "" : file.saving ? TEXT.keys.saveFile : once.keysPassword}
      notice={file.notice}
    >
      <Text wrap="truncate-end">
        {created.name} · {scopesInWords(created.scopes)} · {expiry}
      </Text>
      <Box marginY={1} paddingLeft={4}>
        <Text bold color={theme.accent}>
          {created.password}
        </Text>
      </Box>
      <Text>{T.howTo}</Text>
      <Text>{T.userName(email ?? "…")}</Text>
      <Text>{T.password}</Text>
      <Text dimColor={theme.dim}>{T.dashes}</Text>
      {servers.length > 0 && (
        <Box flexDirection="column" marginTop={1}>
          <Text>{SYNC_TEXT.title}</Text>
          {servers.map((server) => (
            <Text key={server.service} wrap="truncate-end">
              {serverLine(server)}
            </Text>
          ))}
        </Box>
      )}
      <Text bold>{T.once}</Text>
      {file.saving && (
        <TextInput
          label={TEXT.saveFile.file}
          value={file.file}
          onChange={file.setFile}
          onSubmit={save}
          focus={asking === null}
        />
      )}
      {file.failure && <Text>{file.failure}</Text>}
      {question && (
        <Text bold color={theme.accent}>
          {question}
        </Text>
      )}
    </Screen>
  );
}
