import { databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestEngine, TEST_META } from "../../../test/engine";
import { personWithTOTP } from "../../../test/totp";
import { SECURITY_EVENT_TYPES } from "../security-log";
import { EVENT_KIND, SECURITY_LOG_KINDS } from "../kinds";
import { csvCell, parseCSV } from "./csv";
import type { DescribeEvent } from "./rows";
import { verifyExport } from "./verify-export";

/** The app gives the sentences (front ends' texts); here a recognisable stand-in. */
const describeEvent: DescribeEvent = (locale, event) => `${locale}: ${event.type}`;

/** The same file with one cell of one row changed (CSV: the cell text; JSON: the value). */
function changeOneCell(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at).toBeGreaterThan(0);
  return `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
}

describe("the export's CSV", () => {
  it("escapes per RFC 4180 and makes formulas plain text", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    for (const start of ["=", "+", "-", "@", "\t", "'"])
      expect(csvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(csvCell("=1+1,2")).toBe(`"'=1+1,2"`);
    expect(parseCSV('# note\r\na,"b,""c"""\r\n"x\r\ny",\r\n')).toEqual([
      ["a", 'b,"c"'],
      ["x\r\ny", ""],
    ]);
    expect(parseCSV('a,"open')).toBeNull();
  });

  it("puts every event type in one group", () => {
    for (const type of SECURITY_EVENT_TYPES) expect(SECURITY_LOG_KINDS).toContain(EVENT_KIND[type]);
  });
});

describe.each(databaseKinds())("the security log's filter and export on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("filters the log by group", async () => {
    const person = await personWithTOTP(engine);
    const list = (kinds: (typeof SECURITY_LOG_KINDS)[number][]) =>
      engine.twofold.securityLog
        .list(person.accountId, { kinds })
        .then((page) => page.events.map((e) => e.type));
    expect(await list(["methods"])).toEqual([
      "backup_codes_generated",
      "two_factor_enabled",
      "factor_added",
    ]);
    expect(await list(["account"])).toEqual(["email_verified", "account_created"]);
    expect(await list(["methods", "account"])).toHaveLength(5);
    expect(await list(["apps"])).toEqual([]);
    expect(await list([])).toHaveLength(5);
  });

  it("exports every event oldest first in both formats, which the verifier accepts", async () => {
    const person = await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    // Written after the seal: exported as not sealed yet.
    await engine.twofold.accounts.setLocale(person.accountId, "fr", TEST_META);
    const exportAs = (format: "csv" | "json") =>
      engine.twofold.securityLog.export(person.accountId, { format, describe: describeEvent });

    const json = await exportAs("json");
    expect(json.fileName).toMatch(/^twofold-security-log-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = JSON.parse(json.content) as {
      language: string;
      verification: { lastExportHash: string; howToCheck: string };
      events: Record<string, string>[];
    };
    expect(parsed.language).toBe("fr");
    expect(parsed.events.map((e) => e.type)).toEqual([
      "account_created",
      "email_verified",
      "factor_added",
      "two_factor_enabled",
      "backup_codes_generated",
      "locale_changed",
    ]);
    expect(parsed.events[0]).toMatchObject({ text: "fr: account_created", kind: "account" });
    expect(parsed.events[0]?.seq).toMatch(/^\d+$/);
    expect(parsed.events[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.events.at(-1)).toMatchObject({ status: "unsealed", seq: "", hash: "" });
    expect(parsed.verification.howToCheck).toContain("SHA-256");
    const verdict = verifyExport(json.content);
    expect(verdict).toEqual({
      ok: true,
      events: 6,
      lastExportHash: parsed.verification.lastExportHash,
    });

    const csv = await exportAs("csv");
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(csv.content.split("\r\n")[2]).toBe(
      "seq,status,time,kind,type,text,place,ip,device,prevHash,hash,exportHash",
    );
    // The same cells, so the same export chain in both formats.
    expect(verifyExport(csv.content)).toEqual(verdict);

    expect(
      verifyExport(changeOneCell(json.content, "fr: factor_added", "fr: factor_removed")),
    ).toEqual({ ok: false, reason: "ROW_ALTERED", row: 3 });
    expect(
      verifyExport(changeOneCell(csv.content, "fr: two_factor_enabled", "fr: nothing")),
    ).toEqual({ ok: false, reason: "ROW_ALTERED", row: 4 });
    expect(verifyExport("not an export")).toMatchObject({ ok: false, reason: "MALFORMED" });
  });

  it("neutralises a formula a person could plant in a name", async () => {
    const person = await personWithTOTP(engine);
    await engine.twofold.deps.db.execute(
      sql`update security_events set user_agent = '=HYPERLINK("http://evil.example")' where account_id = ${person.accountId}`,
    );
    const csv = await engine.twofold.securityLog.export(person.accountId, {
      format: "csv",
      describe: describeEvent,
    });
    const cells = parseCSV(csv.content)
      ?.slice(1)
      .map((record) => record[8]);
    expect(cells?.length).toBeGreaterThan(1);
    for (const cell of cells ?? []) expect(cell).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(verifyExport(csv.content)).toMatchObject({ ok: true });
  });
});
