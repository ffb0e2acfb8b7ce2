import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import type { AppPasswordView } from "../lib/queries";
import { useAction } from "../lib/use-action";
import { Dialog } from "./Dialog";
import { ProblemMessage } from "./ProblemMessage";

/** What an application password opens, in words and in the person's way of listing things. */
export function useScopeText(): (scopes: AppPasswordView["scopes"]) => string {
  const { t, locale } = useI18n();
  const list = useMemo(() => new Intl.ListFormat(locale, { type: "unit" }), [locale]);
  return (scopes) => list.format(scopes.map((scope) => t.appPasswords.scopes[scope]));
}

/**
 * One application password: its name, what it opens, when it was made and expires, and its
 * last use (when, from which address, by which app); revoked after a confirmation.
 */
export function AppPasswordRow({
  item,
  now,
  onRevoked,
}: {
  item: AppPasswordView;
  now: Date;
  onRevoked: (message: string) => void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const a = t.appPasswords;
  const scopeText = useScopeText();
  const [asking, setAsking] = useState(false);
  const { run, pending, problem } = useAction();
  const expired = item.expiresAt !== null && new Date(item.expiresAt) <= now;
  const client = item.lastUsedClient?.trim() ?? "";

  return (
    <li className="factor" data-testid="app-password-row">
      <div className="factor-main">
        <p className="factor-name">{item.name}</p>
        <dl className="factor-dates">
          <dt>{a.opens}</dt>
          <dd>{scopeText(item.scopes)}</dd>
          <dt>{a.created}</dt>
          <dd>{dateTime(item.createdAt)}</dd>
          <dt>{expired ? a.expired : a.expires}</dt>
          <dd>{item.expiresAt ? dateTime(item.expiresAt) : a.noExpiry}</dd>
          <dt>{a.lastUsed}</dt>
          <dd>{item.lastUsedAt ? dateTime(item.lastUsedAt) : a.neverUsed}</dd>
          {item.lastUsedAt && item.lastUsedIp && (
            <>
              <dt>{a.ip}</dt>
              <dd>{item.lastUsedIp}</dd>
            </>
          )}
          {item.lastUsedAt && client !== "" && (
            <>
              <dt>{a.client}</dt>
              <dd>{client}</dd>
            </>
          )}
        </dl>
      </div>
      <div className="actions">
        <button
          type="button"
          className="button danger"
          aria-label={`${a.revoke}: ${item.name}`}
          onClick={() => setAsking(true)}
        >
          {a.revoke}
        </button>
      </div>
      {asking && (
        <Dialog title={a.revokeTitle(item.name)} onClose={() => setAsking(false)}>
          <p>{a.revokeText}</p>
          <ProblemMessage id={`app-password-${item.id}-problem`} problem={problem} />
          <div className="actions">
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {a.cancel}
            </button>
            <button
              type="button"
              className="button danger"
              aria-disabled={pending}
              onClick={() =>
                run(async () => {
                  await api.appPasswords.revoke.mutate({ id: item.id });
                  setAsking(false);
                  onRevoked(a.revoked(item.name));
                })
              }
            >
              {a.revoke}
            </button>
          </div>
        </Dialog>
      )}
    </li>
  );
}
