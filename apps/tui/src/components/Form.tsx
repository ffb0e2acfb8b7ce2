import { Box, useInput } from "ink";
import { useContext, useState } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { TextInput } from "./TextInput";

export interface FormField {
  label: string;
  value: string;
  onChange: (value: string) => void;
  mask?: boolean;
}

/**
 * Fields one under the other: Tab or ↓ moves to the next, ↑ to the previous, Enter moves on and
 * submits from the last field; Esc goes back.
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
  const [focused, setFocused] = useState(0);
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  const last = fields.length - 1;
  useInput(
    (_input, key) => {
      if (key.escape) onBack?.();
      else if ((key.tab && !key.shift) || key.downArrow) setFocused((f) => Math.min(f + 1, last));
      else if ((key.tab && key.shift) || key.upArrow) setFocused((f) => Math.max(f - 1, 0));
    },
    { isActive: enabled },
  );
  return (
    <Box flexDirection="column">
      {fields.map((field, i) => (
        <TextInput
          key={field.label}
          label={field.label}
          value={field.value}
          mask={field.mask}
          focus={i === focused}
          onChange={field.onChange}
          onSubmit={() => (i === last ? onSubmit() : setFocused(i + 1))}
        />
      ))}
    </Box>
  );
}
