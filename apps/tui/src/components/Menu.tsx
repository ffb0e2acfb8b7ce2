import { Box, Text, useInput } from "ink";
import { useContext, useRef, useState } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { useTheme } from "./theme";

export interface MenuItem<V extends string> {
  value: V;
  label: string;
  /** A second, dimmer part of the line (dates, counts). */
  detail?: string;
}

/** A vertical list: ↑/↓ or j/k move, Enter chooses. */
export function Menu<V extends string>({
  items,
  onChoose,
  focus = true,
  initial = 0,
}: {
  items: readonly MenuItem<V>[];
  onChoose: (value: V) => void;
  focus?: boolean;
  initial?: number;
}): ReactNode {
  const theme = useTheme();
  // Off while the password prompt is over the screen.
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  const [index, setIndexState] = useState(Math.min(initial, Math.max(items.length - 1, 0)));
  // Keys can arrive faster than renders: Enter chooses the line the last arrow reached.
  const latest = useRef(index);
  const setIndex = (next: number): void => {
    latest.current = next;
    setIndexState(next);
  };
  useInput(
    (input, key) => {
      const n = items.length;
      if (key.downArrow || input === "j") setIndex((latest.current + 1) % n);
      else if (key.upArrow || input === "k") setIndex((latest.current - 1 + n) % n);
      else if (key.return) {
        const item = items[latest.current];
        if (item) onChoose(item.value);
      }
    },
    { isActive: focus && enabled && items.length > 0 },
  );
  return (
    <Box flexDirection="column">
      {items.map((item, i) => {
        const selected = focus && i === index;
        return (
          <Text key={item.value} wrap="truncate-end">
            <Text
              bold={selected}
              inverse={selected && !theme.color}
              color={selected ? theme.accent : undefined}
            >
              {selected ? "› " : "  "}
              {item.label}
            </Text>
            {item.detail && <Text dimColor={theme.dim}>{`  ${item.detail}`}</Text>}
          </Text>
        );
      })}
    </Box>
  );
}
