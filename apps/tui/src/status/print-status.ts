import { REASON_TEXT, type Locale } from "@twofold/i18n";
import { EXIT } from "../lib/exit-codes";
import { CLI_TEXT, dateTime } from "../lib/text-cli";
import type { StatusReport } from "./read-status";

/** What `twofold status` prints and its exit status. */
export interface StatusOutput {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The stable JSON of `twofold status --json` (field names in English, whatever the language):
 * scripts rely on these names.
 */
export function statusJSON(report: StatusReport & { kind: "signedIn" }): unknown {
  const { twoStep } = report;
  return {
    server: report.server,
    signedIn: true,
    account: { email: report.email },
    twoStep: {
      enabled: twoStep.enabled,
      preferred: twoStep.preferred,
      methods: twoStep.factors.map((f) => ({
        kind: f.kind,
        name: f.label,
        createdAt: f.createdAt,
        lastUsedAt: f.lastUsedAt,
      })),
      backupCodesRemaining: twoStep.backupCodesRemaining,
    },
  };
}

function humanStatus(report: StatusReport & { kind: "signedIn" }, locale: Locale): string {
  const T = CLI_TEXT[locale];
  const { twoStep } = report;
  const lines = [T.status.account(report.email, report.server)];
  lines.push(twoStep.enabled ? T.status.on : T.status.off);
  if (twoStep.preferred) lines.push(T.status.preferred(T.kinds[twoStep.preferred]));
  if (twoStep.factors.length === 0) lines.push(T.status.noMethods);
  else {
    lines.push(T.status.methods);
    for (const f of twoStep.factors) {
      const used = f.lastUsedAt
        ? T.status.lastUsed(dateTime(f.lastUsedAt, locale))
        : T.status.neverUsed;
      lines.push(`  ${T.kinds[f.kind]} · ${f.label} · ${used}`);
    }
  }
  if (twoStep.enabled) lines.push(T.status.backupCodes(twoStep.backupCodesRemaining));
  return `${lines.join("\n")}\n`;
}

/** The report as text for a person (in `locale`) or as JSON, with its exit status. */
export function printStatus(
  report: StatusReport,
  { json, locale }: { json: boolean; locale: Locale },
): StatusOutput {
  const T = CLI_TEXT[locale].status;
  switch (report.kind) {
    case "signedIn":
      return {
        status: EXIT.OK,
        stdout: json
          ? `${JSON.stringify(statusJSON(report), null, 2)}\n`
          : humanStatus(report, locale),
        stderr: "",
      };
    case "signedOut":
      return {
        status: EXIT.NOT_SIGNED_IN,
        stdout: json ? `${JSON.stringify({ server: report.server, signedIn: false })}\n` : "",
        stderr: `${T.notSignedIn(report.server)}\n`,
      };
    case "unreachable":
      return { status: EXIT.UNAVAILABLE, stdout: "", stderr: `${T.unreachable(report.server)}\n` };
    case "failed":
      return {
        status: EXIT.UNAVAILABLE,
        stdout: "",
        stderr: `${T.failed(report.server, REASON_TEXT[locale][report.reason])}\n`,
      };
  }
}
