import QRCode from "qrcode";

/**
 * A QR code drawn with Unicode half blocks: each character is two modules stacked, so the code
 * is square on a terminal and half as tall. Dark modules are drawn as spaces and light ones as
 * blocks, with a quiet zone of one module, so that the code reads as dark-on-light when the
 * terminal shows it black on white (the caller sets those colours when it can).
 */
export function qrLines(text: string): string[] {
  const qr = QRCode.create(text, { errorCorrectionLevel: "L" });
  const size = qr.modules.size;
  const quiet = 1;
  const dark = (row: number, col: number): boolean =>
    row >= 0 && col >= 0 && row < size && col < size && qr.modules.get(row, col) === 1;
  const lines: string[] = [];
  for (let row = -quiet; row < size + quiet; row += 2) {
    let line = "";
    for (let col = -quiet; col < size + quiet; col += 1) {
      const top = !dark(row, col);
      const bottom = !dark(row + 1, col) && row + 1 < size + quiet;
      line += top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ";
    }
    lines.push(line);
  }
  return lines;
}

/** Columns and rows the drawn code takes. */
export function qrDimensions(text: string): { columns: number; rows: number } {
  const lines = qrLines(text);
  return { columns: lines[0]?.length ?? 0, rows: lines.length };
}
