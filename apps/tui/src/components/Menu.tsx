import { Box, Text, useInput } from "ink";
import { useContext, useRef, useState } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { TEXT } from "../lib/text";
import { useTheme } from "./theme";

export interface MenuItem<V extends string> {
  value: V;
  label: string;
  /** A second, dimmer part of the line (dates, counts). */
  detail?: string;
  /** A second line under the label, dimmer (where, when). */
  note?: string;
}

/**
 * A vertical list: ↑/↓ or j/k move, Enter chooses. With `maxItems`, a longer list shows a window
 * that follows the highlighted line, and one line saying how many are above and below.
 */
export function Menu<V extends string>({
  items,
  onChoose,
  focus = true,
  initial = 0,
  maxItems,
}: {
  items: readonly MenuItem<V>[];
  onChoose: (value: V) => void;
  focus?: boolean;
  initial?: number;
  maxItems?: number;
}): ReactNode {
  const theme = useTheme();
  // Off while the password prompt is over the screen.
  const enabled = useContext(AppContext)?.inputEnabled ?? true;
  const [index, setIndexState] = useState(Math.min(initial, Math.max(items.length - 1, 0)));
  // Keys can arrive faster than renders: Enter chooses the line the last arrow reached.
  const latest = useRef(index);
  const top = useRef(0);
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

  // The window scrolls as little as it can to keep the highlighted line in it.
  const clipped = maxItems !== undefined && items.length > maxItems;
  const size = clipped ? Math.max(1, maxItems - 1) : items.length;
  if (index < top.current) top.current = index;
  else if (index >= top.current + size) top.current = index - size + 1;
  top.current = Math.max(0, Math.min(top.current, items.length - size));
  const shown = items.slice(top.current, top.current + size);
  const below = items.length - top.current - shown.length;

  return (
    <Box flexDirection="column">
      {shown.map((item, i) => {
        const selected = focus && top.current + i === index;
        return (
          <Box key={item.value} flexDirection="column">
            <Text wrap="truncate-end">
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
            {item.note && (
              <Text wrap="truncate-end" dimColor={theme.dim}>{`    ${item.note}`}</Text>
            )}
          </Box>
        );
      })}
      {clipped && <Text dimColor={theme.dim}>{TEXT.more(top.current, below)}</Text>}
    </Box>
  );
}
