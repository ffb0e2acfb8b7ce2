// What a phone's camera sees of a QR code drawn in the terminal (half blocks): for jsQR.
import jsQR from "jsqr";

/** Each character cell is two square modules, light where drawn. */
export function rasterize(
  lines: readonly string[],
  scale = 4,
): { data: Uint8ClampedArray; width: number; height: number } {
  const columns = lines[0]?.length ?? 0;
  const width = columns * scale;
  const height = lines.length * 2 * scale;
  const data = new Uint8ClampedArray(width * height * 4);
  lines.forEach((line, row) => {
    Array.from(line).forEach((char, col) => {
      const top = char === "█" || char === "▀";
      const bottom = char === "█" || char === "▄";
      for (let y = 0; y < 2 * scale; y += 1) {
        const light = y < scale ? top : bottom;
        for (let x = 0; x < scale; x += 1) {
          const i = ((row * 2 * scale + y) * width + col * scale + x) * 4;
          const v = light ? 255 : 0;
          data[i] = v;
          data[i + 1] = v;
          data[i + 2] = v;
          data[i + 3] = 255;
        }
      }
    });
  });
  return { data, width, height };
}

/**
 * Reads the QR code on a screen: the lines that start with its light quiet zone, each cut to
 * `columns` characters (words may stand to its right). Null when no code reads.
 */
export function readScreenQR(frame: string, columns: number): string | null {
  const lines = frame
    .split("\n")
    .filter((line) => /^[█▀▄]/.test(line))
    .map((line) => Array.from(line).slice(0, columns).join("").padEnd(columns, " "));
  const image = rasterize(lines);
  return (
    jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" })?.data ?? null
  );
}
