import { describe, expect, it } from "vitest";
import { expiryOf, groupsOf, localDay } from "./app-passwords";

const NOW = new Date(2030, 4, 15, 10, 30); // 15 May 2030, 10:30 local time

describe("expiryOf", () => {
  it("sends no expiry for 'never'", () => {
    expect(expiryOf("none", "", NOW)).toEqual({ ok: true, expiresAt: undefined });
  });

  it("counts 30 and 90 days and one calendar year from now", () => {
    const day = 24 * 60 * 60 * 1000;
    expect(expiryOf("30d", "", NOW)).toEqual({
      ok: true,
      expiresAt: new Date(NOW.getTime() + 30 * day).toISOString(),
    });
    expect(expiryOf("90d", "", NOW)).toEqual({
      ok: true,
      expiresAt: new Date(NOW.getTime() + 90 * day).toISOString(),
    });
    expect(expiryOf("1y", "", NOW)).toEqual({
      ok: true,
      expiresAt: new Date(2031, 4, 15, 10, 30).toISOString(),
    });
  });

  it("keeps a picked day until its end, local time", () => {
    expect(expiryOf("date", "2030-06-01", NOW)).toEqual({
      ok: true,
      expiresAt: new Date(2030, 5, 1, 23, 59, 59).toISOString(),
    });
    expect(expiryOf("date", localDay(NOW), NOW)).toEqual({
      ok: true,
      expiresAt: new Date(2030, 4, 15, 23, 59, 59).toISOString(),
    });
  });

  it("refuses a missing day and a day already over", () => {
    expect(expiryOf("date", "", NOW)).toEqual({ ok: false, reason: "DATE_MISSING" });
    expect(expiryOf("date", "2030-05-14", NOW)).toEqual({ ok: false, reason: "DATE_PAST" });
  });
});

describe("localDay and groupsOf", () => {
  it("writes the day as a date input does", () => {
    expect(localDay(new Date(2030, 0, 5))).toBe("2030-01-05");
  });

  it("splits a password into its groups", () => {
    expect(groupsOf("abcd-efgh-ijkl-mnop-qrst-uvwx-yzab")).toEqual([
      "abcd",
      "efgh",
      "ijkl",
      "mnop",
      "qrst",
      "uvwx",
      "yzab",
    ]);
  });
});
