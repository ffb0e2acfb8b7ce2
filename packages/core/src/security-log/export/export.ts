import type { Deps } from "../../deps";
import { csvLine } from "./csv";
import { chainRows, EXPORT_CHAIN_START, HOW_TO_CHECK } from "./export-chain";
import { EXPORT_COLUMNS, exportRows, type DescribeEvent } from "./rows";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The version an export names, so a verifier knows how its rows are hashed. */
export const EXPORT_VERSION = "twofold-security-log-export/1";

export interface LogExport {
  fileName: string;
  mediaType: string;
  content: string;
  events: number;
}

export interface ExportOptions {
  format: ExportFormat;
  /** The sentence of each event in the account's language. */
  describe: DescribeEvent;
}

/**
 * The account's whole security log, oldest first, as one file: each event in words with its
 * time, place and device, its seq and hashes in the server's sealed chain, and an export chain
 * of SHA-256 hashes anyone can check without the server (see `verifyExport`).
 */
export async function exportLog(
  deps: Deps,
  accountId: string,
  options: ExportOptions,
): Promise<LogExport> {
  const { locale, rows } = await exportRows(deps, accountId, options.describe);
  const chained = chainRows(rows);
  const exportedAt = deps.clock.now().toISOString();
  const lastExportHash = chained.at(-1)?.exportHash ?? EXPORT_CHAIN_START;
  const fileName = `twofold-security-log-${exportedAt.slice(0, 10)}.${options.format}`;
  if (options.format === "json") {
    const content = JSON.stringify(
      {
        format: EXPORT_VERSION,
        exportedAt,
        language: locale,
        verification: {
          algorithm: "SHA-256",
          start: EXPORT_CHAIN_START,
          columns: EXPORT_COLUMNS,
          lastExportHash,
          howToCheck: HOW_TO_CHECK,
        },
        events: chained.map(({ row, exportHash }) => ({ ...row, exportHash })),
      },
      null,
      2,
    );
    return { fileName, mediaType: "application/json", content, events: rows.length };
  }
  const lines = [
    `# ${EXPORT_VERSION}; exported ${exportedAt}; language ${locale}; lastExportHash ${lastExportHash}\r\n`,
    `# ${HOW_TO_CHECK.replace(/[\r\n]/g, " ")}\r\n`,
    csvLine([...EXPORT_COLUMNS, "exportHash"]),
    ...chained.map(({ row, exportHash }) =>
      csvLine([...EXPORT_COLUMNS.map((c) => row[c]), exportHash]),
    ),
  ];
  return { fileName, mediaType: "text/csv", content: lines.join(""), events: rows.length };
}
