import { Box, Text, useInput, type Key } from "ink";
import { useContext, useRef, useState } from "react";
import type { ReactNode } from "react";
import { AppContext } from "../lib/context";
import { TEXT } from "../lib/text";
import { menuWindow } from "./menu-window";
import { useTheme } from "./theme";

type MenuStep = "down" | "up" | "choose";

/** The moves one `useInput` event stands for: a named key, or each character of a burst. */
function menuSteps(input: string, key: Key): MenuStep[] {
  if (key.downArrow) return ["down"];
  if (key.upArrow) return ["up"];
  if (key.return) return ["choose"];
  if (key.ctrl || key.meta) return [];
  const steps: MenuStep[] = [];
  for (const char of input) {
    if (char === "j") steps.push("down");
    else if (char === "k") steps.push("up");
    else if (char === "\r" || char === "\n") steps.push("choose");
  }
  return steps;
}

export interface MenuItem<V extends string> {
  value: V;
  label: string;
  /** A second, dimmer part of the line (dates, counts). */
  detail?: string;
  /** A second line under the label, dimmer (where, when). */
  note?: string;
}

/**
 * A vertical list: ↑/↓ or j/k move, Enter chooses. With `maxItems` (lines) or `maxRows`
 * (terminal rows, a note counting as one), a longer list shows a window that follows the
 * highlighted line, and one line saying how many are above and below.
 */
export function Menu<V extends string>({
  items,
  onChoose,
  focus = true,
  initial = 0,
  maxItems,
  maxRows,
}: {
  items: readonly MenuItem<V>[];
  onChoose: (value: V) => void;
  focus?: boolean;
  initial?: number;
  maxItems?: number;
  maxRows?: number;
}): ReactNode {
  const theme = useTheme();
  // Off while the step-up screen is over the screen.
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
      // Keys typed ahead arrive as one burst ("jj\r"): each is taken in turn, up to a choice.
      for (const step of menuSteps(input, key)) {
        if (step === "down") setIndex((latest.current + 1) % n);
        else if (step === "up") setIndex((latest.current - 1 + n) % n);
        else {
          const item = items[latest.current];
          if (item) onChoose(item.value);
          return;
        }
      }
    },
    { isActive: focus && enabled && items.length > 0 },
  );

  // The window scrolls as little as it can to keep the highlighted line in it.
  const window = menuWindow({
    heights: items.map((item) => (maxRows !== undefined && item.note ? 2 : 1)),
    index,
    top: top.current,
    rows: maxRows ?? maxItems ?? items.length,
  });
  top.current = window.top;
  const size = window.size;
  const clipped = size < items.length;
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
