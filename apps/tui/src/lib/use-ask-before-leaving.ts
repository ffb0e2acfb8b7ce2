import { useInput } from "ink";
import { useState } from "react";
import { EXIT } from "./exit-codes";
import { useHoldInterrupt, useQuitControl } from "./quit";

/** What the person asked for on a screen of secrets shown once: quit (q or Ctrl+C) or leave. */
export type Leaving = "interrupt" | "quit" | "leave";

/**
 * For a screen whose secrets are never shown again (backup codes, a new application password):
 * Ctrl+C, q and Esc do not leave at once, they ask "y / n" first. `asking` is what is being
 * confirmed (the screen shows its question and turns its own keys off), null otherwise.
 */
export function useAskBeforeLeaving({
  leave,
  isActive,
}: {
  /** Where Esc goes once confirmed. */
  leave: () => void;
  /** False while something else takes the keys (a file name being typed: Esc cancels that). */
  isActive: boolean;
}): { asking: Leaving | null } {
  const { quit } = useQuitControl();
  const [asking, setAsking] = useState<Leaving | null>(null);
  useHoldInterrupt(() => setAsking("interrupt"));
  useInput(
    (input, key) => {
      if (input === "q") setAsking("quit");
      else if (key.escape) setAsking("leave");
    },
    { isActive: isActive && asking === null },
  );
  useInput(
    (input, key) => {
      const answer = input.toLowerCase();
      if (answer === "y") {
        if (asking === "leave") leave();
        else quit(asking === "interrupt" ? EXIT.INTERRUPTED : EXIT.OK);
        setAsking(null);
      } else if (answer === "n" || key.escape) setAsking(null);
    },
    { isActive: asking !== null },
  );
  return { asking };
}
