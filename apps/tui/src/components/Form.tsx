import { Box, useInput } from "ink";
import { useContext, useRef, useState } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { edited, fieldKeys } from "./field-keys";
import { FieldLine } from "./TextInput";
import { useAfterRender } from "./use-after-render";

export interface FormField {
  label: string;
  value: string;
  onChange: (value: string) => void;
  mask?: boolean;
}

/**
 * Fields one under the other: Tab or ↓ moves to the next (from the last back to the first),
 * Shift+Tab or ↑ to the previous; Enter moves on and submits from the last field; Esc goes
 * back. A burst (a paste, a password manager typing "name Tab address Tab password Enter") is
 * taken key by key: each Tab sends the rest of it to the next field.
 */
export function Form({
  fields,
  onSubmit,
  onBack,
}: {
  fields: readonly FormField[];
  onSubmit: () => void;
  onBack?: () => void;
}): ReactNode {
  const [focused, setFocusedState] = useState(0);
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  const count = fields.length;
  // Keys can arrive faster than renders: the field in focus and the values as last edited.
  const focus = useRef(focused);
  const values = useRef(fields.map((f) => f.value));
  values.current = fields.map((f) => f.value);
  const setFocused = (next: number): void => {
    focus.current = (next + count) % count;
    setFocusedState(focus.current);
  };
  const submit = useAfterRender(onSubmit);
  useInput(
    (input, key) => {
      for (const k of fieldKeys(input, key)) {
        const i = focus.current;
        if (k.kind === "escape") return onBack?.();
        if (k.kind === "next") setFocused(i + 1);
        else if (k.kind === "previous") setFocused(i - 1);
        else if (k.kind === "enter" && i === count - 1) return submit();
        else if (k.kind === "enter") setFocused(i + 1);
        else {
          const before = values.current[i] ?? "";
          const next = edited(before, k);
          if (next !== before) {
            values.current[i] = next;
            fields[i]?.onChange(next);
          }
        }
      }
    },
    { isActive: enabled && count > 0 },
  );
  return (
    <Box flexDirection="column">
      {fields.map((field, i) => (
        <FieldLine
          key={field.label}
          label={field.label}
          value={field.value}
          mask={field.mask}
          focus={i === focused}
        />
      ))}
    </Box>
  );
}
