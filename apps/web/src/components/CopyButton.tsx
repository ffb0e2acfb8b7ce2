import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/** Copies text to the clipboard and says so; when the browser refuses, says what to do. */
export function CopyButton({ text, label }: { text: string; label: string }): ReactNode {
  const { t } = useI18n();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {state === "copied" ? t.backupCodes.copied : label}
      </button>
      <span role="status" className="hint">
        {state === "failed" ? t.copyFailed : ""}
      </span>
    </>
  );
}
