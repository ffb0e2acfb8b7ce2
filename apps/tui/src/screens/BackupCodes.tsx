import { homedir } from "node:os";
import { join } from "node:path";
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { TEXT } from "../lib/text";
import { CLI_TEXT, dateTime } from "../lib/text-cli";
import { useAskBeforeLeaving } from "../lib/use-ask-before-leaving";
import { useLoad } from "../lib/use-load";
import { useSaveFile } from "../lib/use-save-file";

/**
 * Shown once: the codes in two columns; `s` saves them to a file (0600) that names the account
 * and the server; Enter when stored. Ctrl+C, q and Esc ask first: the codes are never shown again.
 */
export function BackupCodes({ codes }: { codes: readonly string[] }): ReactNode {
  const { api, server, go, inputEnabled } = useTwofold();
  const theme = useTheme();
  const locale = currentLocale();
  const T = CLI_TEXT[locale];
  const me = useLoad(() => api.auth.me.query());
  const file = useSaveFile(join(homedir(), "twofold-backup-codes.txt"));
  const stored = (): void => go({ name: "settings", notice: TEXT.backupCodes.stored });
  const { asking } = useAskBeforeLeaving({ leave: stored, isActive: inputEnabled && !file.saving });
  const keysOn = inputEnabled && asking === null;
  useInput(
    (input, key) => {
      if (input === "s") file.open();
      else if (key.return) stored();
    },
    { isActive: keysOn && !file.saving },
  );
  useInput((_input, key) => key.escape && file.cancel(), { isActive: keysOn && file.saving });

  const email = me.data?.user.email ?? null;
  const save = (): void => {
    if (email) file.save(T.codesFile({ email, server, made: dateTime(new Date(), locale), codes }));
  };

  const rows: string[] = [];
  for (let i = 0; i < codes.length; i += 2) {
    const left = `${String(i + 1).padStart(2)}. ${codes[i] ?? ""}`;
    const right = codes[i + 1] ? `${String(i + 2).padStart(2)}. ${codes[i + 1]}` : "";
    rows.push(`${left}    ${right}`);
  }
  const question =
    asking === null ? null : asking === "leave" ? T.shownOnce.leaveCodes : T.shownOnce.quitCodes;
  return (
    <Screen
      title={TEXT.backupCodes.title}
      keys={question ? "" : file.saving ? TEXT.keys.saveFile : T.shownOnce.keysCodes}
      notice={file.notice}
      problem={me.problem}
    >
      <Text>{TEXT.backupCodes.intro}</Text>
      <Box flexDirection="column" marginY={1} paddingLeft={2}>
        {rows.map((row) => (
          <Text key={row} bold>
            {row}
          </Text>
        ))}
      </Box>
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
