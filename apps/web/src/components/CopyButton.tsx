import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";

/**
 * Copies text to the clipboard and says so (on the button and, for screen readers, in its status
 * line) for a few seconds; when the browser refuses, says what to do.
 */
export function CopyButton({
  text,
  label,
  name,
}: {
  text: string;
  label: string;
  /** The button's accessible name when its label alone is ambiguous (several "Copy"). */
  name?: string;
}): ReactNode {
  const { t } = useI18n();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [state]);
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
      <button type="button" className="button" aria-label={name} onClick={() => void copy()}>
        {state === "copied" ? t.backupCodes.copied : label}
      </button>
      <span role="status" className={state === "failed" ? "hint" : "visually-hidden"}>
        {state === "copied" ? t.backupCodes.copied : state === "failed" ? t.copyFailed : ""}
      </span>
    </>
  );
}
