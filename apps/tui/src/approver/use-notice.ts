import { useCallback, useEffect, useRef, useState } from "react";

/** How long the last notice ("Approved: …", "Refused.") stays. */
export const NOTICE_MS = 5_000;

/**
 * The last notice, cleared after `ms` or by `clear()` (the next request); kept in memory only,
 * so a restart shows none.
 */
export function useNotice<T>(ms: number = NOTICE_MS): {
  notice: T | null;
  show: (value: T) => void;
  clear: () => void;
} {
  const [notice, setNotice] = useState<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setNotice(null);
  }, []);
  const show = useCallback(
    (value: T) => {
      if (timer.current) clearTimeout(timer.current);
      setNotice(value);
      timer.current = setTimeout(() => {
        timer.current = null;
        setNotice(null);
      }, ms);
    },
    [ms],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return { notice, show, clear };
}
