import { useApp, useInput } from "ink";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from "react";
import type { ReactNode } from "react";
import { EXIT } from "./exit-codes";

interface QuitControl {
  /** Ends the app with this exit status. */
  quit: (status: number) => void;
  /** Ctrl+C goes to `onInterrupt` instead of quitting, until the returned release is called. */
  hold: (onInterrupt: () => void) => () => void;
}

const QuitContext = createContext<QuitControl | null>(null);

/**
 * The one Ctrl+C handler of the app and the approver (Ink runs with `exitOnCtrlC: false`):
 * Ctrl+C quits with status 130, unless a screen holds it (`useQuitControl().hold`) because what
 * it shows is never shown again; that screen then asks first.
 */
export function QuitGuard({
  onQuit,
  children,
}: {
  /** Told the exit status just before the app unmounts. */
  onQuit: (status: number) => void;
  children: ReactNode;
}): ReactNode {
  const { exit } = useApp();
  const holders = useRef<(() => void)[]>([]);
  const quit = useCallback(
    (status: number) => {
      onQuit(status);
      exit();
    },
    [onQuit, exit],
  );
  useInput((input, key) => {
    if (!(key.ctrl && input === "c")) return;
    const holder = holders.current.at(-1);
    if (holder) holder();
    else quit(EXIT.INTERRUPTED);
  });
  const value = useMemo<QuitControl>(
    () => ({
      quit,
      hold: (onInterrupt) => {
        holders.current.push(onInterrupt);
        return () => {
          holders.current = holders.current.filter((h) => h !== onInterrupt);
        };
      },
    }),
    [quit],
  );
  return <QuitContext.Provider value={value}>{children}</QuitContext.Provider>;
}

/** The guard's controls; outside one (a screen rendered alone), Ink's own exit, nothing held. */
export function useQuitControl(): QuitControl {
  const { exit } = useApp();
  const control = useContext(QuitContext);
  return useMemo(
    () => control ?? { quit: () => exit(), hold: () => () => undefined },
    [control, exit],
  );
}

/** While the calling screen is mounted, Ctrl+C calls `onInterrupt` instead of quitting. */
export function useHoldInterrupt(onInterrupt: () => void): void {
  const { hold } = useQuitControl();
  const latest = useRef(onInterrupt);
  latest.current = onInterrupt;
  useEffect(() => hold(() => latest.current()), [hold]);
}
