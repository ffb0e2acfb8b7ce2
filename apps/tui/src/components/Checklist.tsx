import { Text, useInput } from "ink";
import { useContext, useRef, useState } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import type { MenuItem } from "./Menu";
import { useTheme } from "./theme";

/**
 * Lines to tick: ↑/↓ or j/k move, Space ticks or unticks the highlighted one, `a` ticks them
 * all, Enter goes on with what is ticked.
 */
export function Checklist<V extends string>({
  items,
  checked,
  onChange,
  onSubmit,
}: {
  items: readonly MenuItem<V>[];
  checked: readonly V[];
  onChange: (checked: V[]) => void;
  onSubmit: () => void;
}): ReactNode {
  const theme = useTheme();
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  const [index, setIndexState] = useState(0);
  // Keys can arrive faster than renders: act on the latest line and ticks.
  const latest = useRef({ index, checked });
  latest.current.checked = checked;
  const setIndex = (next: number): void => {
    latest.current.index = next;
    setIndexState(next);
  };
  const tick = (next: V[]): void => {
    latest.current.checked = next;
    onChange(next);
  };
  useInput(
    (input, key) => {
      const n = items.length;
      const now = latest.current;
      if (key.downArrow || input === "j") setIndex((now.index + 1) % n);
      else if (key.upArrow || input === "k") setIndex((now.index - 1 + n) % n);
      else if (input === "a") tick(items.map((i) => i.value));
      else if (input === " ") {
        const value = items[now.index]?.value;
        if (value === undefined) return;
        // Kept in the items' order, whatever the order of the ticks.
        const on = now.checked.includes(value);
        tick(
          items.map((i) => i.value).filter((v) => (v === value ? !on : now.checked.includes(v))),
        );
      } else if (key.return) onSubmit();
    },
    { isActive: enabled && items.length > 0 },
  );
  return (
    <>
      {items.map((item, i) => {
        const selected = i === index;
        return (
          <Text key={item.value} wrap="truncate-end">
            <Text
              bold={selected}
              inverse={selected && !theme.color}
              color={selected ? theme.accent : undefined}
            >
              {selected ? "› " : "  "}
              {checked.includes(item.value) ? "[x] " : "[ ] "}
              {item.label}
            </Text>
            {item.detail && <Text dimColor={theme.dim}>{`  ${item.detail}`}</Text>}
          </Text>
        );
      })}
    </>
  );
}
