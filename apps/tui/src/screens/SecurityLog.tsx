import { Box, Text, useApp, useInput } from "ink";
import { useRef, useState } from "react";
import type { ReactNode } from "react";
import type { Outputs } from "@twofold/client";
import { describeEvent } from "@twofold/i18n";
import { Screen } from "../components/Screen";
import { useTheme } from "../components/theme";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { dateTime, TEXT } from "../lib/text";
import { LOG_FILTER_TEXT, nextFilter, type LogFilter } from "../lib/text-log-filter";
import { useAction } from "../lib/use-action";
import { useLoad } from "../lib/use-load";
import { useTerminalSize } from "../lib/use-size";

type LogPage = Outputs["securityLog"]["list"];

/**
 * The account's security events, newest first, each as a sentence with when, from which
 * browser and address; scrolled with ↑↓/j/k or a page at a time. Older pages are asked for
 * as the end of what is loaded comes into view. f narrows it to one group of events after
 * another (sign-ins, methods, ...), then back to every event.
 */
export function SecurityLog(): ReactNode {
  const [filter, setFilter] = useState<LogFilter>(null);
  // A new filter is a new list, read from its first page.
  return (
    <FilteredLog
      key={filter ?? "all"}
      filter={filter}
      onNext={() => setFilter((f) => nextFilter(f))}
    />
  );
}

function FilteredLog({ filter, onNext }: { filter: LogFilter; onNext: () => void }): ReactNode {
  const { api, go, inputEnabled } = useTwofold();
  const { exit } = useApp();
  const theme = useTheme();
  const { rows } = useTerminalSize();
  const kinds = filter === null ? undefined : [filter];
  const first = useLoad(() => api.securityLog.list.query({ kinds }));
  const [older, setOlder] = useState<LogPage[]>([]);
  const more = useAction();
  // Each cursor is asked for once, even when keys arrive faster than the page.
  const asked = useRef(new Set<number>());
  const [top, setTop] = useState(0);

  const pages = first.data ? [first.data, ...older] : [];
  const events = pages.flatMap((p) => p.events);
  const nextCursor = pages.at(-1)?.nextCursor ?? null;
  const problem = more.problem ?? first.problem;
  // Two lines an event. Title, blank lines, the filter, keys, the "more" line and the last row
  // free: 7; a problem up to 2.
  const visible = Math.max(2, Math.floor((rows - 7 - (problem ? 2 : 0)) / 2));
  const lastTop = Math.max(events.length - visible, 0);

  const loadOlder = (cursor: number | null): void => {
    if (cursor === null || asked.current.has(cursor)) return;
    asked.current.add(cursor);
    more.run(async () => {
      try {
        const page = await api.securityLog.list.query({ cursor, kinds });
        setOlder((o) => [...o, page]);
      } catch (error) {
        asked.current.delete(cursor); // scrolling on tries again
        throw error;
      }
    });
  };
  const scrollTo = (next: number): void => {
    const clamped = Math.max(0, Math.min(next, lastTop));
    setTop(clamped);
    if (clamped + visible >= events.length) loadOlder(nextCursor);
  };

  useInput(
    (input, key) => {
      if (key.escape) go({ name: "settings" });
      else if (input === "q") exit();
      else if (input === "f") onNext();
      else if (key.downArrow || input === "j") scrollTo(top + 1);
      else if (key.upArrow || input === "k") scrollTo(top - 1);
      else if (key.pageDown || input === " ") scrollTo(top + visible);
      else if (key.pageUp) scrollTo(top - visible);
    },
    { isActive: inputEnabled },
  );

  const below = events.length - top - visible;
  return (
    <Screen title={TEXT.log.title} keys={TEXT.keys.scroll} problem={problem}>
      <Text wrap="truncate-end" dimColor={theme.dim}>
        {LOG_FILTER_TEXT.showing(
          filter === null ? LOG_FILTER_TEXT.all : LOG_FILTER_TEXT.kinds[filter],
        )}
      </Text>
      {first.data && events.length === 0 && (
        <Text>{filter === null ? TEXT.log.empty : LOG_FILTER_TEXT.empty}</Text>
      )}
      {events.slice(top, top + visible).map((e) => (
        <Box key={e.id} flexDirection="column">
          <Text wrap="truncate-end">
            <Text dimColor={theme.dim}>{dateTime(e.createdAt)}</Text>
            {"  "}
            {describeEvent(currentLocale(), e)}
          </Text>
          <Text wrap="truncate-end" dimColor={theme.dim}>
            {"    "}
            {TEXT.log.from(e.browser, e.os, e.ip, e.place)}
          </Text>
        </Box>
      ))}
      {more.pending ? (
        <Text dimColor={theme.dim}>{TEXT.log.loading}</Text>
      ) : below > 0 || nextCursor !== null ? (
        <Text dimColor={theme.dim}>… {TEXT.log.more}</Text>
      ) : (
        events.length > visible && <Text dimColor={theme.dim}>{TEXT.log.end}</Text>
      )}
    </Screen>
  );
}
