import { createHash } from "node:crypto";
import { EXPORT_COLUMNS, type ExportRow } from "./rows";

/** What the first row's export hash follows: a stated constant, so anyone can start the walk. */
export const EXPORT_CHAIN_START = "twofold-security-log-export-v1";

/** A row as hashed: its cells, in column order, as a JSON array of strings. */
export function canonicalRow(cells: readonly string[]): string {
  return JSON.stringify(cells);
}

/** The cells of a row in column order. */
export function cellsOf(row: ExportRow): string[] {
  return EXPORT_COLUMNS.map((column) => row[column]);
}

/** exportHash = SHA-256 hex of (previous export hash + "\n" + canonical row). */
export function exportHash(previous: string, cells: readonly string[]): string {
  return createHash("sha256")
    .update(`${previous}\n${canonicalRow(cells)}`, "utf8")
    .digest("hex");
}

/** The rows with their export hashes, the first following `EXPORT_CHAIN_START`. */
export function chainRows(rows: readonly ExportRow[]): { row: ExportRow; exportHash: string }[] {
  let previous = EXPORT_CHAIN_START;
  return rows.map((row) => {
    previous = exportHash(previous, cellsOf(row));
    return { row, exportHash: previous };
  });
}

/** The how-to-check note every export carries (JSON: `verification.howToCheck`; CSV: a comment). */
export const HOW_TO_CHECK = [
  `Each row's exportHash is the SHA-256 (hex) of the previous row's exportHash, a line feed, and`,
  `the row's cells (${EXPORT_COLUMNS.join(", ")}) as a JSON array of strings;`,
  `the first row follows the text "${EXPORT_CHAIN_START}".`,
  `Recompute them in order: the first row that differs was changed, and the last one must equal`,
  `lastExportHash. In a CSV cell, a leading ' was added against spreadsheet formulas: drop it first.`,
  `seq, prevHash and hash are the server's own sealed chain (HMAC, checkable by the server only);`,
  `an unsealed event was written moments before the export and has none yet.`,
].join(" ");
