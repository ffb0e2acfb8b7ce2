import { Text, useInput } from "ink";
import { useContext, useRef } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { useTheme } from "./theme";

/**
 * A one-line text field. Printable keys (and pastes) are added, Backspace removes; Enter
 * submits. A masked field shows one dot per character and never echoes what was typed.
 */
export function TextInput({
  label,
  value,
  onChange,
  onSubmit,
  focus,
  mask = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit?: () => void;
  focus: boolean;
  mask?: boolean;
}): ReactNode {
  const theme = useTheme();
  // Off while the password prompt is over the screen.
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  // Keys can arrive faster than renders: edit the latest value, not the one last rendered.
  const latest = useRef(value);
  latest.current = value;
  const change = (next: string): void => {
    latest.current = next;
    onChange(next);
  };
  useInput(
    (input, key) => {
      if (key.return) return onSubmit?.();
      if (key.backspace || key.delete) return change(latest.current.slice(0, -1));
      if (key.ctrl || key.meta || key.tab || key.escape) return;
      if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return;
      // Control characters never reach a field (a pasted newline, an escape sequence).
      const printable = Array.from(input)
        .filter((c) => c >= " " && c !== "\u007f")
        .join("");
      if (printable) change(latest.current + printable);
    },
    { isActive: focus && enabled },
  );
  const shown = mask ? "•".repeat(value.length) : value;
  return (
    <Text>
      <Text bold={focus} color={focus ? theme.accent : undefined}>
        {focus ? "› " : "  "}
        {label}:{" "}
      </Text>
      <Text>{shown}</Text>
      {focus && <Text inverse> </Text>}
    </Text>
  );
}
