import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { useState } from "react";
import { TEXT } from "./text";

/**
 * Saving a secret shown once (backup codes, an application password) to a file: the field's
 * state, and the write itself. The file is created readable by its owner only (0600) and never
 * replaces one that exists.
 */
export function useSaveFile(defaultFile: string): {
  saving: boolean;
  open: () => void;
  cancel: () => void;
  file: string;
  setFile: (file: string) => void;
  save: (text: string) => void;
  notice: string | null;
  failure: string | null;
} {
  const [saving, setSaving] = useState(false);
  const [file, setFile] = useState(defaultFile);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const save = (text: string): void => {
    const path = resolve(file.trim());
    try {
      writeFileSync(path, text, { mode: 0o600, flag: "wx" });
      setNotice(TEXT.saveFile.saved(path));
      setFailure(null);
      setSaving(false);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      setFailure(
        code === "EEXIST"
          ? TEXT.saveFile.exists(path)
          : TEXT.saveFile.failed(path, code ?? "error"),
      );
    }
  };
  return {
    saving,
    open: () => setSaving(true),
    cancel: () => setSaving(false),
    file,
    setFile,
    save,
    notice,
    failure,
  };
}
