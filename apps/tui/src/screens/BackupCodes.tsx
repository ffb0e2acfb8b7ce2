import { homedir } from "node:os";
import { join } from "node:path";
import { Box, Text, useInput } from "ink";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";
import { useSaveFile } from "../lib/use-save-file";

/** Shown once: the codes in two columns; `s` saves them to a file (0600); Enter when stored. */
export function BackupCodes({ codes }: { codes: readonly string[] }): ReactNode {
  const { go, inputEnabled } = useTwofold();
  const file = useSaveFile(join(homedir(), "twofold-backup-codes.txt"));
  useInput(
    (input, key) => {
      if (input === "s") file.open();
      else if (key.return) go({ name: "settings", notice: TEXT.backupCodes.stored });
    },
    { isActive: inputEnabled && !file.saving },
  );
  useInput((_input, key) => key.escape && file.cancel(), {
    isActive: inputEnabled && file.saving,
  });

  const save = (): void =>
    file.save(
      `Twofold backup codes, made on ${new Date().toISOString().slice(0, 10)}.\nEach code works once.\n\n${codes.join("\n")}\n`,
    );

  const rows: string[] = [];
  for (let i = 0; i < codes.length; i += 2) {
    const left = `${String(i + 1).padStart(2)}. ${codes[i] ?? ""}`;
    const right = codes[i + 1] ? `${String(i + 2).padStart(2)}. ${codes[i + 1]}` : "";
    rows.push(`${left}    ${right}`);
  }
  return (
    <Screen
      title={TEXT.backupCodes.title}
      keys={file.saving ? TEXT.keys.saveFile : TEXT.keys.codes}
      notice={file.notice}
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
          focus
        />
      )}
      {file.failure && <Text>{file.failure}</Text>}
    </Screen>
  );
}
