import { describe, expect, it } from "vitest";
import { parseCli, type CliOptions } from "./args";
import { EXIT } from "./exit-codes";
import { CLI_TEXT } from "./text-cli";

function options(argv: string[], env: NodeJS.ProcessEnv = {}): CliOptions {
  const parsed = parseCli(argv, env);
  if (!parsed.ok) throw new Error(`refused: ${parsed.reason} ${parsed.detail}`);
  return parsed.options;
}

describe("the command line", () => {
  it("connects to localhost:3000 unless told otherwise", () => {
    expect(options([]).server).toBe("http://localhost:3000");
    expect(options(["--server", "https://id.example.ch/"]).server).toBe("https://id.example.ch");
    expect(options([], { TWOFOLD_SERVER: "http://10.0.0.2:3000" }).server).toBe(
      "http://10.0.0.2:3000",
    );
  });

  it("knows the approve and status commands, and only status takes --json", () => {
    expect(options(["approve"]).command).toBe("approve");
    expect(options([]).command).toBe("settings");
    expect(options(["status"])).toMatchObject({ command: "status", json: false });
    expect(options(["status", "--json", "--server", "https://id.example.ch"])).toMatchObject({
      command: "status",
      json: true,
      server: "https://id.example.ch",
    });
    expect(parseCli(["--json"], {})).toEqual({
      ok: false,
      reason: "JSON_ONLY_FOR_STATUS",
      detail: "--json",
    });
    expect(parseCli(["approve", "--json"], {})).toMatchObject({ reason: "JSON_ONLY_FOR_STATUS" });
  });

  it("refuses an unknown command, option or a missing value with a reason and the word", () => {
    expect(parseCli(["approvee"], {})).toEqual({
      ok: false,
      reason: "UNKNOWN_COMMAND",
      detail: "approvee",
    });
    expect(parseCli(["status", "now"], {})).toMatchObject({ reason: "UNKNOWN_COMMAND" });
    expect(parseCli(["status", "--sever", "x"], {})).toEqual({
      ok: false,
      reason: "UNKNOWN_OPTION",
      detail: "--sever",
    });
    expect(parseCli(["-x"], {})).toMatchObject({ reason: "UNKNOWN_OPTION", detail: "-x" });
    expect(parseCli(["--server"], {})).toEqual({
      ok: false,
      reason: "MISSING_VALUE",
      detail: "--server",
    });
    expect(parseCli(["status", "--json=yes"], {})).toMatchObject({
      reason: "NO_VALUE_TAKEN",
      detail: "--json",
    });
  });

  it("refuses what is not an http(s) URL", () => {
    expect(parseCli(["--server", "localhost"], {})).toMatchObject({
      reason: "SERVER_NOT_URL",
      detail: "localhost",
    });
    expect(parseCli(["--server", "ftp://x"], {})).toMatchObject({
      reason: "SERVER_NOT_HTTP",
      detail: "ftp:",
    });
  });

  it("explains every refusal and documents every exit status, in each language", () => {
    for (const text of Object.values(CLI_TEXT)) {
      expect(text.usageError.UNKNOWN_OPTION("--sever")).toContain("--sever");
      expect(text.usageError.SERVER_NOT_URL("localhost")).toContain("localhost");
      for (const status of Object.values(EXIT).map(String))
        expect(text.usage).toMatch(new RegExp(`^  ${status} `, "m"));
      expect(text.usage).toContain("--json");
      // `twofold --help` reads well in an 80-column terminal.
      for (const line of text.usage.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    }
  });
});
