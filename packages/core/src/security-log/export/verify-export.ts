import { constantTimeEqual } from "../../crypto/tokens";
import { csvValue, parseCSV } from "./csv";
import { EXPORT_CHAIN_START, exportHash } from "./export-chain";
import { EXPORT_COLUMNS } from "./rows";

export type ExportVerdict =
  | { ok: true; events: number; lastExportHash: string }
  | {
      ok: false;
      /** MALFORMED: not an export; ROW_ALTERED: `row` (1 = the oldest event) is not as exported; LAST_HASH_MISMATCH: the stated last hash is another. */
      reason: "MALFORMED" | "ROW_ALTERED" | "LAST_HASH_MISMATCH";
      row: number | null;
    };

const HEADER = [...EXPORT_COLUMNS, "exportHash"];

/** Rows of cells (in `HEADER` order) and the stated last hash, read from a JSON or CSV export. */
function readExport(text: string): { rows: string[][]; last: string | null } | null {
  if (text.trimStart().startsWith("{")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return null;
    }
    if (typeof parsed !== "object" || parsed === null) return null;
    const { events, verification } = parsed as { events?: unknown; verification?: unknown };
    if (!Array.isArray(events)) return null;
    const rows = events.map((e: unknown) =>
      HEADER.map((c) =>
        typeof e === "object" && e !== null ? (e as Record<string, unknown>)[c] : undefined,
      ),
    );
    if (!rows.every((r) => r.every((cell) => typeof cell === "string"))) return null;
    const last =
      typeof verification === "object" && verification !== null
        ? (verification as Record<string, unknown>).lastExportHash
        : undefined;
    return { rows: rows, last: typeof last === "string" ? last : null };
  }
  const records = parseCSV(text);
  const header = records?.[0];
  if (!records || !header || header.join(",") !== HEADER.join(",")) return null;
  const rows = records.slice(1).filter((r) => !(r.length === 1 && r[0] === ""));
  if (rows.some((r) => r.length !== HEADER.length)) return null;
  const stated = /lastExportHash ([0-9a-f]{64}|\S+)/.exec(text.split("\n", 1)[0] ?? "");
  return {
    rows: rows.map((r) => r.map((cell, i) => (i < EXPORT_COLUMNS.length ? csvValue(cell) : cell))),
    last: stated?.[1] ?? null,
  };
}

/**
 * Checks an export (its JSON or CSV text) without the server: walks the export chain from
 * `EXPORT_CHAIN_START` and names the first row whose hash does not follow (the README says how
 * to do the same with any SHA-256 tool).
 */
export function verifyExport(text: string): ExportVerdict {
  const read = readExport(text);
  if (!read) return { ok: false, reason: "MALFORMED", row: null };
  let previous = EXPORT_CHAIN_START;
  for (const [i, cells] of read.rows.entries()) {
    const expected = exportHash(previous, cells.slice(0, EXPORT_COLUMNS.length));
    if (!constantTimeEqual(expected, cells[EXPORT_COLUMNS.length] ?? ""))
      return { ok: false, reason: "ROW_ALTERED", row: i + 1 };
    previous = expected;
  }
  if (read.last !== null && read.last !== previous)
    return { ok: false, reason: "LAST_HASH_MISMATCH", row: null };
  return { ok: true, events: read.rows.length, lastExportHash: previous };
}
