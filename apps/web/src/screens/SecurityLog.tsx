import { describeEvent } from "@twofold/i18n";
import { useMemo } from "react";
import type { ReactNode } from "react";
import { GeoAttribution } from "../components/GeoAttribution";
import { LogDownloads, LogFilter } from "../components/LogTools";
import { ProblemMessage } from "../components/ProblemMessage";
import { SettingsPage } from "../components/SettingsPage";
import { useI18n } from "../i18n/i18n";
import { problemOf, type SecurityEventView } from "../lib/api";
import { useSecurityLog } from "../lib/queries";
import { useSearch } from "../lib/router";
import { eventDevice, eventTone, groupByDay, kindFromSearch } from "../lib/security-log";

/**
 * Manage my profile -> Security and recovery -> Security log: every event as a sentence, by
 * day, with its time, browser and IP address; older pages on demand; one group of events at a
 * time when the filter (kept in the address) asks; the whole log to download.
 */
export function SecurityLog(): ReactNode {
  const { t, locale } = useI18n();
  const s = t.securityLog;
  const kind = kindFromSearch(useSearch());
  const log = useSecurityLog(kind);
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: "full" }), [locale]);
  const events = useMemo(() => log.data?.pages.flatMap((page) => page.events) ?? [], [log.data]);
  const days = groupByDay(events, (iso) => dayFormat.format(new Date(iso)));
  return (
    <SettingsPage title={s.title}>
      <section className="card" aria-labelledby="page-title">
        <p>{s.intro}</p>
        <LogFilter kind={kind} />
        {log.error && !log.data ? (
          <ProblemMessage id="security-log-problem" problem={problemOf(log.error)} />
        ) : !log.data ? (
          <p className="muted">{t.app.loading}</p>
        ) : events.length === 0 ? (
          <p className="log-empty" data-testid="security-log-empty">
            {kind ? t.logTools.emptyKind : s.empty}
          </p>
        ) : (
          <>
            {days.map(({ day, events: ofDay }, i) => (
              <section key={`${day}-${i}`} className="log-day" aria-labelledby={`log-day-${i}`}>
                <h2 id={`log-day-${i}`}>{day}</h2>
                <ol className="log">
                  {ofDay.map((event) => (
                    <LogEvent key={event.id} event={event} />
                  ))}
                </ol>
              </section>
            ))}
            <div className="log-more" aria-live="polite">
              {log.hasNextPage ? (
                <button
                  type="button"
                  className="button"
                  aria-disabled={log.isFetchingNextPage}
                  onClick={() => {
                    if (!log.isFetchingNextPage) void log.fetchNextPage();
                  }}
                >
                  {log.isFetchingNextPage ? s.loadingOlder : s.showOlder}
                </button>
              ) : (
                <p className="muted">{s.end}</p>
              )}
            </div>
            <ProblemMessage
              id="security-log-more-problem"
              problem={log.isFetchNextPageError && log.error ? problemOf(log.error) : null}
            />
          </>
        )}
      </section>
      <LogDownloads />
      {events.some((event) => event.place) && <GeoAttribution />}
    </SettingsPage>
  );
}

function LogEvent({ event }: { event: SecurityEventView }): ReactNode {
  const { t, locale, time, dateTime } = useI18n();
  const tone = eventTone(event.type);
  return (
    <li className={`log-event ${tone}`} data-testid="log-event" data-type={event.type}>
      <p className="log-sentence">
        {tone === "alert" && <span className="visually-hidden">{t.securityLog.attention} </span>}
        <span className="log-text">{describeEvent(locale, event)}</span>
      </p>
      <p className="log-meta">
        <time dateTime={event.createdAt} title={dateTime(event.createdAt)}>
          {time(event.createdAt)}
        </time>
        <span>{eventDevice(t, event)}</span>
        {event.ip && (
          <span>
            {t.securityLog.ip} {event.ip}
            {event.place && ` (${t.place.near(event.place)})`}
          </span>
        )}
      </p>
    </li>
  );
}
