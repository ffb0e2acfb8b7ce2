import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { eventDevice, eventTone, groupByDay } from "./security-log";

describe("eventTone", () => {
  it("marks refusals and suspicions, sign-ins and changes apart", () => {
    expect(eventTone("second_factor_failed")).toBe("alert");
    expect(eventTone("factor_disabled")).toBe("alert");
    expect(eventTone("not_me_reported")).toBe("alert");
    expect(eventTone("account_recovery_started")).toBe("alert");
    expect(eventTone("sign_in_succeeded")).toBe("access");
    expect(eventTone("signed_out")).toBe("access");
    expect(eventTone("factor_added")).toBe("change");
    expect(eventTone("password_changed")).toBe("change");
  });
});

describe("eventDevice", () => {
  it("names the browser and system the server recognised", () => {
    const device = { browser: "Firefox", os: "Windows", userAgent: "Mozilla/5.0 …" };
    expect(eventDevice(en, device)).toBe("Firefox on Windows");
  });

  it("shows a short unrecognised client as it is, a long one as unknown", () => {
    expect(eventDevice(en, { browser: null, os: null, userAgent: "Thunderbird" })).toBe(
      "Thunderbird",
    );
    expect(eventDevice(en, { browser: null, os: null, userAgent: "x".repeat(80) })).toBe(
      "Unknown browser",
    );
    expect(eventDevice(en, { browser: null, os: "Linux", userAgent: "" })).toBe(
      "Unknown browser on Linux",
    );
  });
});

describe("groupByDay", () => {
  it("puts consecutive events of one day under one heading, newest first", () => {
    const at = (createdAt: string) => ({ createdAt });
    const days = groupByDay(
      [at("2026-11-28T15:00:00Z"), at("2026-11-28T09:00:00Z"), at("2026-11-27T23:00:00Z")],
      (iso) => iso.slice(0, 10),
    );
    expect(days.map((d) => [d.day, d.events.length])).toEqual([
      ["2026-11-28", 2],
      ["2026-11-27", 1],
    ]);
    expect(groupByDay([], (iso) => iso)).toEqual([]);
  });
});
