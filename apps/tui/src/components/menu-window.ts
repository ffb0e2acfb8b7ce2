/**
 * Which lines of a list fit in `rows` terminal rows when a line can take more than one row
 * (a note under it): the window keeps the highlighted line and moves as little as it can from
 * `top`, the first line shown last time. When the list does not fit, one row is kept for
 * "↑ 2 more · ↓ 3 more". Returns the first line shown and how many are shown.
 */
export function menuWindow({
  heights,
  index,
  top,
  rows,
}: {
  heights: readonly number[];
  index: number;
  top: number;
  rows: number;
}): { top: number; size: number } {
  const total = heights.reduce((sum, h) => sum + h, 0);
  if (total <= rows) return { top: 0, size: heights.length };
  const room = Math.max(1, rows - 1);
  const fits = (from: number, to: number): boolean =>
    heights.slice(from, to + 1).reduce((sum, h) => sum + h, 0) <= room;
  let first = Math.min(Math.max(0, top), Math.max(0, heights.length - 1));
  if (index < first) first = index;
  // Down to the highlighted line: drop lines from the top until it fits (it always shows).
  while (first < index && !fits(first, index)) first += 1;
  // At the end of the list, fill the window upwards rather than leave rows empty.
  let last = first;
  while (last + 1 < heights.length && fits(first, last + 1)) last += 1;
  while (last === heights.length - 1 && first > 0 && fits(first - 1, last)) first -= 1;
  return { top: first, size: last - first + 1 };
}
