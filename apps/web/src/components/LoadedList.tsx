import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { problemOf } from "../lib/api";
import { ProblemMessage } from "./ProblemMessage";

/**
 * A list the server sends: why it could not be read, "Loading…", the sentence for an empty list,
 * or the list itself.
 */
export function LoadedList<Item>({
  query,
  problemId,
  empty,
  children,
}: {
  query: { data?: readonly Item[]; error: unknown };
  problemId: string;
  empty: string;
  children: (items: readonly Item[]) => ReactNode;
}): ReactNode {
  const { t } = useI18n();
  if (query.error) return <ProblemMessage id={problemId} problem={problemOf(query.error)} />;
  if (!query.data) return <p className="muted">{t.app.loading}</p>;
  if (query.data.length === 0) return <p className="muted">{empty}</p>;
  return children(query.data);
}
