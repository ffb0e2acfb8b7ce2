import { Text, useInput } from "ink";
import { useContext, useRef } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { edited, fieldKeys } from "./field-keys";
import { useTheme } from "./theme";
import { useAfterRender } from "./use-after-render";

export interface FieldLineProps {
  label: string;
  value: string;
  focus: boolean;
  mask?: boolean;
}

/** How a field looks: its label, its value (one dot per character when masked), the cursor. */
export function FieldLine({ label, value, focus, mask = false }: FieldLineProps): ReactNode {
  const theme = useTheme();
  const shown = mask ? "•".repeat(Array.from(value).length) : value;
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

/**
 * A one-line text field. Printable keys (and pastes) are added, Backspace removes one
 * character, Ctrl+U the whole line, Ctrl+W the last word; Enter submits. A masked field shows
 * one dot per character and never echoes what was typed. A burst is taken key by key: text
 * after an Enter in the same burst is dropped (the screen moves on).
 */
export function TextInput({
  label,
  value,
  onChange,
  onSubmit,
  focus,
  mask = false,
}: FieldLineProps & {
  onChange: (value: string) => void;
  onSubmit?: () => void;
}): ReactNode {
  // Off while the step-up screen is over the screen.
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  // Keys can arrive faster than renders: edit the latest value, not the one last rendered.
  const latest = useRef(value);
  latest.current = value;
  const submit = useAfterRender(onSubmit);
  useInput(
    (input, key) => {
      for (const k of fieldKeys(input, key)) {
        if (k.kind === "enter") return submit();
        const next = edited(latest.current, k);
        if (next !== latest.current) {
          latest.current = next;
          onChange(next);
        }
      }
    },
    { isActive: focus && enabled },
  );
  return <FieldLine label={label} value={value} focus={focus} mask={mask} />;
}
