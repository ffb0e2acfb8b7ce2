import { homedir } from "node:os";
import { join } from "node:path";
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import type { Outputs } from "@twofold/client";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { day, scopesInWords, TEXT } from "../lib/text";
import { useSaveFile } from "../lib/use-save-file";

export type CreatedAppPassword = Outputs["appPasswords"]["create"];

const T = TEXT.newAppPassword;

/**
 * Shown once: the password, how to use it (the email as user name), `s` to save it to a file
 * (0600). Enter leaves, and the password is gone with this screen.
 */
export function AppPasswordShown({
  created,
  email,
}: {
  created: CreatedAppPassword;
  /** The user name to type in the app; null while it loads. */
  email: string | null;
}): ReactNode {
  const { go, inputEnabled } = useTwofold();
  const theme = useTheme();
  const file = useSaveFile(join(homedir(), "twofold-app-password.txt"));
  useInput(
    (input, key) => {
      if (input === "s") file.open();
      else if (key.return) go({ name: "appPasswords", notice: T.added(created.name) });
    },
    { isActive: inputEnabled && !file.saving },
  );
  useInput((_input, key) => key.escape && file.cancel(), {
    isActive: inputEnabled && file.saving,
  });
  const save = (): void => {
    const made = new Date().toISOString().slice(0, 10);
    if (email) file.save(T.fileText(created.name, email, created.password, made));
  };

  const expiry = TEXT.appPasswords.expires(created.expiresAt && day(created.expiresAt));
  return (
    <Screen
      title={T.shownTitle}
      keys={file.saving ? TEXT.keys.saveFile : TEXT.keys.shown}
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
      <Text bold>{T.once}</Text>
      {file.saving && (
        <TextInput
          label={TEXT.saveFile.file}
          value={file.file}
          onChange={file.setFile}
          onSubmit={save}
          focus
        />
      )}
      {file.failure && <Text>{file.failure}</Text>}
    </Screen>
  );
}
