import { useId } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { downloadFile } from "../lib/download";
import { setSearch } from "../lib/router";
import { LOG_KINDS, type LogKind } from "../lib/security-log";
import { useAction } from "../lib/use-action";
import { ProblemMessage } from "./ProblemMessage";

/** Which group of events the log shows, kept in the address (`?kind=methods`). */
export function LogFilter({ kind }: { kind: LogKind | null }): ReactNode {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field log-filter">
      <label htmlFor={id}>{t.logTools.filter}</label>
      <select
        id={id}
        value={kind ?? ""}
        onChange={(event) => {
          const next = LOG_KINDS.find((k) => k === event.target.value);
          setSearch(next ? `kind=${next}` : "");
        }}
      >
        <option value="">{t.logTools.all}</option>
        {LOG_KINDS.map((k) => (
          <option key={k} value={k}>
            {t.logTools.kinds[k]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The whole log as a file (CSV or JSON) with its hashes, built by the server. */
export function LogDownloads(): ReactNode {
  const { t } = useI18n();
  const action = useAction();
  const download = (format: "csv" | "json"): void =>
    action.run(async () => {
      const file = await api.securityLog.export.query({ format });
      downloadFile({ name: file.fileName, text: file.content, mediaType: file.mediaType });
    });
  return (
    <section className="card" aria-labelledby="log-download-title">
      <h2 id="log-download-title">{t.logTools.downloadTitle}</h2>
      <p>{t.logTools.downloadIntro}</p>
      <div className="actions" aria-live="polite">
        {(["csv", "json"] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            aria-disabled={action.pending}
            onClick={() => download(format)}
          >
            {t.logTools[format]}
          </button>
        ))}
        {action.pending && <span className="muted">{t.logTools.preparing}</span>}
      </div>
      <ProblemMessage id="log-download-problem" problem={action.problem} />
    </section>
  );
}
