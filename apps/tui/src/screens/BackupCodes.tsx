import { writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { Box, Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { Screen } from "../components/Screen";
import { TextInput } from "../components/TextInput";
import { useTwofold } from "../lib/context";
import { TEXT } from "../lib/text";

/** Shown once: the codes in two columns; `s` saves them to a file (0600); Enter when stored. */
export function BackupCodes({ codes }: { codes: readonly string[] }): ReactNode {
  const { go, inputEnabled } = useTwofold();
  const [saving, setSaving] = useState(false);
  const [file, setFile] = useState(join(homedir(), "twofold-backup-codes.txt"));
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useInput(
    (input, key) => {
      if (input === "s") setSaving(true);
      else if (key.return) go({ name: "settings", notice: TEXT.backupCodes.stored });
    },
    { isActive: inputEnabled && !saving },
  );
  useInput((_input, key) => key.escape && setSaving(false), { isActive: inputEnabled && saving });

  const save = (): void => {
    const path = resolve(file.trim());
    try {
      const text = `Twofold backup codes, made on ${new Date().toISOString().slice(0, 10)}.\nEach code works once.\n\n${codes.join("\n")}\n`;
      writeFileSync(path, text, { mode: 0o600, flag: "wx" });
      setNotice(TEXT.backupCodes.saved(path));
      setFailure(null);
      setSaving(false);
    } catch (error) {
      const code = (error as { code?: string }).code;
      setFailure(
        code === "EEXIST"
          ? `${path} exists already: choose another name.`
          : `Cannot write ${path} (${code ?? "error"}).`,
      );
    }
  };

  const rows: string[] = [];
  for (let i = 0; i < codes.length; i += 2) {
    const left = `${String(i + 1).padStart(2)}. ${codes[i] ?? ""}`;
    const right = codes[i + 1] ? `${String(i + 2).padStart(2)}. ${codes[i + 1]}` : "";
    rows.push(`${left}    ${right}`);
  }
  return (
    <Screen
      title={TEXT.backupCodes.title}
      keys={saving ? "Enter save · Esc cancel" : TEXT.keys.codes}
      notice={notice}
    >
      <Text>{TEXT.backupCodes.intro}</Text>
      <Box flexDirection="column" marginY={1} paddingLeft={2}>
        {rows.map((row) => (
          <Text key={row} bold>
            {row}
          </Text>
        ))}
      </Box>
      {saving && (
        <TextInput
          label={TEXT.backupCodes.file}
          value={file}
          onChange={setFile}
          onSubmit={save}
          focus
        />
      )}
      {failure && <Text>{failure}</Text>}
    </Screen>
  );
}
