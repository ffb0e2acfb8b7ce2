import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { setNavigationGuard } from "../lib/router";
import { downloadFile } from "../lib/download";
import { CopyButton } from "./CopyButton";
import { Checkbox, Field } from "./Field";

const normalize = (code: string): string => code.toUpperCase().replace(/[^0-9A-Z]/g, "");

/**
 * Backup codes, shown once: a readable grid, copy, download as .txt and print. Leaving needs the
 * person to say they stored them, or to type one back; until then the browser asks before the
 * page is closed, and the app before it goes to another page.
 */
export function BackupCodesView({
  codes,
  email,
  onDone,
}: {
  codes: readonly string[];
  email: string;
  onDone: () => void;
}): ReactNode {
  const { t, date } = useI18n();
  const [stored, setStored] = useState(false);
  const [typed, setTyped] = useState("");
  const typedOne = typed.trim() !== "" && codes.some((c) => normalize(c) === normalize(typed));
  const typedWrong = !typedOne && normalize(typed).length >= normalize(codes[0] ?? "").length;
  const ready = stored || typedOne;
  const title = useRef<HTMLHeadingElement>(null);

  // The codes replace the page without a change of address: focus goes to their heading.
  useEffect(() => {
    title.current?.focus();
  }, []);

  useEffect(() => {
    if (ready) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    const removeGuard = setNavigationGuard(() => window.confirm(t.backupCodes.leaveWarning));
    return () => {
      window.removeEventListener("beforeunload", warn);
      removeGuard();
    };
  }, [ready, t]);

  const text = `${t.backupCodes.fileHeader(email, date(new Date().toISOString()))}\n\n${codes.join("\n")}\n`;
  const download = (): void =>
    downloadFile({
      name: "twofold-backup-codes.txt",
      text,
      mediaType: "text/plain;charset=utf-8",
    });

  return (
    <section className="card backup-codes" aria-labelledby="codes-title">
      <h1 id="codes-title" ref={title} tabIndex={-1}>
        {t.backupCodes.title}
      </h1>
      <p>{t.backupCodes.intro}</p>
      <ol className="code-grid" aria-label={t.backupCodes.title}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions no-print">
        <CopyButton text={codes.join("\n")} label={t.backupCodes.copy} />
        <button type="button" className="button" onClick={download}>
          {t.backupCodes.download}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t.backupCodes.print}
        </button>
      </div>
      <div className="no-print">
        <Checkbox
          label={t.backupCodes.stored}
          checked={stored}
          onChange={(event) => setStored(event.target.checked)}
        />
        <Field
          label={t.backupCodes.orTypeOne}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          errorId={typedWrong ? "typed-problem" : undefined}
        />
        <p id="typed-problem" className="problem reserved">
          {typedWrong ? t.backupCodes.typeOneWrong : ""}
        </p>
        <button type="button" className="button primary" disabled={!ready} onClick={onDone}>
          {t.backupCodes.done}
        </button>
      </div>
    </section>
  );
}
