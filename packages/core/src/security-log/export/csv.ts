/**
 * CSV as RFC 4180 writes it (CRLF, quotes doubled), with cells that a spreadsheet would run as
 * a formula (starting with = + - @, a tab or a carriage return) made plain by a leading '. A
 * cell already starting with ' gets one too, so reading drops exactly one and nothing is lost.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/** One cell as written: neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const plain = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(plain) ? `"${plain.replace(/"/g, '""')}"` : plain;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The value a written cell holds (the leading ' added against formulas dropped). */
export function csvValue(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/**
 * The records of an RFC 4180 text (cells as written, quotes resolved); lines starting with #
 * outside quotes are comments. Null when a quoted cell never closes.
 */
export function parseCSV(text: string): string[][] | null {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "#") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    const record: string[] = [];
    for (;;) {
      let cell = "";
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= text.length) return null;
          if (text[i] === '"') {
            if (text[i + 1] !== '"') break;
            cell += '"';
            i += 2;
          } else cell += text[i++];
        }
        i += 1;
      }
      while (i < text.length && !",\r\n".includes(text.charAt(i))) cell += text[i++];
      record.push(cell);
      if (text[i] !== ",") break;
      i += 1;
    }
    if (text[i] === "\r") i += 1;
    if (text[i] === "\n") i += 1;
    records.push(record);
  }
  return records;
}
